import { readGlossary } from '../../glossary/store';
import type { BatchSource } from './types';

/** A one-line account of what a batch does, for its record and the list of batches. */
export async function describeSource(corpusDir: string, source: BatchSource): Promise<string> {
  if (source.kind === 'qa') return `Fix every finding of ${source.check}`;
  if (source.kind === 'search') {
    const how = [source.regex && 'regex', source.wholeWord && 'whole words', source.caseSensitive && 'match case'].filter(Boolean).join(', ');
    const where = source.within ? ` where the Chinese has ${source.within}` : '';
    return `Replace "${source.pattern}" with "${source.replacement}"${how ? ` (${how})` : ''}${where}`;
  }
  const entry = (await readGlossary(corpusDir)).find((e) => e.id === source.entryId);
  return entry ? `Glossary ${entry.zh}: ${entry.forbidden.map((f) => `"${f}"`).join(', ')} → "${entry.approved[0] ?? ''}"` : `Glossary entry ${source.entryId}`;
}

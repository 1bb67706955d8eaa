import type { Sentence } from '../text/sentences';
import type { Annotation, StoredRow } from './types';

/** A row that stored rows were merged into: its English sentences and its Chinese. */
export interface MergedRow {
  sentences: Sentence[];
  zh: string;
}

/**
 * One correction for a row that stored rows were merged into. The row is rebuilt sentence by
 * sentence: a sentence inside a part's span takes that part's correction (once), any other
 * keeps its MT, so a sentence nobody corrected is never dropped from the text. The MT under
 * the result is rebuilt the same way from the parts' own MTs: where one has changed, it
 * differs from the row's and the row is flagged stale. MQM marks move with their text.
 */
export function mergeCorrections(row: MergedRow, parts: { span: [number, number]; stored: StoredRow }[]): StoredRow {
  const mt: string[] = [];
  const text: string[] = [];
  const englishStarts: number[] = [];
  for (const sentence of row.sentences) {
    const k = parts.findIndex(({ span }) => sentence.start >= span[0] && sentence.end <= span[1]);
    if (k >= 0 && englishStarts[k] !== undefined) continue; // already given by the part's correction
    if (k >= 0) englishStarts[k] = joinedLength(text);
    mt.push(k >= 0 ? parts[k]!.stored.mt : sentence.text);
    text.push(k >= 0 ? parts[k]!.stored.text : sentence.text);
  }
  const rows = parts.map((p) => p.stored);
  const chineseStarts = startsInOrder(row.zh, rows.map((r) => r.zh));
  const merged = { mt: mt.join(' '), text: text.join(' ') };
  return {
    ...rows[0]!,
    ...merged,
    zh: row.zh,
    state: merged.text === merged.mt ? 'untouched' : 'edited',
    revision: Math.max(...rows.map((r) => r.revision)),
    history: rows.flatMap((r) => r.history).sort((a, b) => a.at.localeCompare(b.at)),
    dismissals: rows.flatMap((r) => r.dismissals),
    annotations: rows.flatMap((r, k) => r.annotations.map((a) => shifted(a, a.side === 'target' ? (englishStarts[k] ?? null) : chineseStarts[k]!))),
    stale: rows.find((r) => r.stale)?.stale ?? null,
  };
}

/** Where the next piece starts once joined with a space. */
const joinedLength = (pieces: string[]) => pieces.reduce((n, piece) => n + piece.length + 1, 0);

/**
 * Where each part's Chinese lies in the row's, searched in order. Null for a part whose
 * Chinese was not kept (older files) or is no longer there: its marks cannot be moved and
 * are kept as they are, so the score still counts them.
 */
export function startsInOrder(whole: string, parts: (string | undefined)[]): (number | null)[] {
  let cursor = 0;
  return parts.map((part) => {
    if (part === undefined) return null;
    const at = whole.indexOf(part, cursor);
    if (at < 0) return null;
    cursor = at + part.length;
    return at;
  });
}

function shifted(annotation: Annotation, by: number | null): Annotation {
  if (!by) return annotation;
  return { ...annotation, span: [annotation.span[0] + by, annotation.span[1] + by] };
}

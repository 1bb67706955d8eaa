import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../lib/errors';
import { applyImport, assertFormat, formatFromFileName, formatGlossaryFile, parseGlossaryFile, summariseImport } from '../../lib/glossary/import';
import { readGlossary } from '../../lib/glossary/store';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const glossary: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' } });
    const [action, file] = positionals;
    const chosen = typeof values.format === 'string' ? values.format : null;
    if (action === 'export') {
      const text = formatGlossaryFile(await readGlossary(corpus), assertFormat(chosen ?? 'csv'));
      if (typeof values.out === 'string') writeFileSync(values.out, text);
      else await write(text);
      return 0;
    }
    if (action !== 'import' || !file) throw new AppError('bad-input', 'usage: glossary import FILE [--format csv|tsv|tbx] | glossary export --format csv|tbx');
    const format = assertFormat(chosen ?? formatFromFileName(file) ?? 'csv');
    const preview = await applyImport(corpus, parseGlossaryFile(readFileSync(file, 'utf8'), format), { by: process.env.USER ?? 'shenjiao cli' });
    const counts = summariseImport(preview);
    const rejected = preview.rows.filter((r) => r.action === 'reject');
    if (json) await printJson({ added: counts.add, updated: counts.update, unchanged: counts.unchanged, rejected: rejected.map((r) => ({ line: r.line, error: r.error })) });
    else {
      await write(`${counts.add} added, ${counts.update} updated, ${counts.unchanged} unchanged, ${counts.reject} rejected\n`);
      for (const r of rejected) await write(`  line ${r.line}: ${r.error}\n`);
    }
    return rejected.length > 0 ? 1 : 0;
  },
};

export default glossary;

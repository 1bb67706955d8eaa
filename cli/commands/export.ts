import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listArticles } from '../../lib/corpus/corpus';
import { AppError } from '../../lib/errors';
import { EXPORT_FORMATS } from '../../lib/formats/registry';
import { exportReview } from '../../lib/review/export';
import { parseCommandArgs, requireArticle } from '../args';
import { write, writeError } from '../output';
import type { CliCommand } from './registry';

const exportCommand: CliCommand = {
  async run(args) {
    const { corpus, values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean', default: false },
      drafts: { type: 'boolean', default: false },
    });
    const format = typeof values.format === 'string' ? values.format : 'txt';
    const drafts = values.drafts === true;
    const out = typeof values.out === 'string' ? values.out : null;
    if (values.all) {
      if (!out) throw new AppError('bad-input', 'export --all needs --out DIR');
      mkdirSync(out, { recursive: true });
      const english = (await listArticles(corpus)).filter((a) => a.lang === 'en' && !a.error);
      for (const article of english) {
        const file = await exportReview(corpus, article.id, format, drafts);
        writeFileSync(path.join(out, file.filename), file.body);
      }
      await writeError(`${english.length} files written to ${out}\n`);
      return 0;
    }
    const article = await requireArticle(corpus, positionals[0], 'English article');
    const file = await exportReview(corpus, article.id, format, drafts);
    if (out) writeFileSync(out, file.body);
    else await write(file.body);
    return 0;
  },
};

export default exportCommand;

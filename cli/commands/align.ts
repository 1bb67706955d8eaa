import { alignArticles } from '../../lib/alignment/articles';
import { AppError } from '../../lib/errors';
import { parseCommandArgs, requireArticle } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const align: CliCommand = {
  async run(args) {
    const { corpus, json, positionals } = parseCommandArgs(args);
    const zh = await requireArticle(corpus, positionals[0], 'Chinese article');
    const en = await requireArticle(corpus, positionals[1], 'English article');
    if (zh.lang !== 'zh') throw new AppError('bad-input', `${zh.file} is not Chinese (detected: ${zh.lang})`);
    if (en.lang !== 'en') throw new AppError('bad-input', `${en.file} is not English (detected: ${en.lang})`);
    const rows = alignArticles(zh, en);
    if (json) {
      await printJson({ rows });
      return 0;
    }
    rows.forEach((row, index) => {
      const left = row.zh.map((s) => s.text).join('') || '—';
      const right = row.en.map((s) => s.text).join(' ') || '—';
      await write(`${index + 1}\t${row.zh.length}-${row.en.length}\t${row.score.toFixed(2)}\n  ${left}\n  ${right}\n`);
    });
    return 0;
  },
};

export default align;

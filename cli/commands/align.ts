import { alignArticles } from '../../lib/alignment/articles';
import { AppError } from '../../lib/errors';
import { parseCommandArgs, printJson, requireArticle } from '../args';
import type { CliCommand } from './registry';

const align: CliCommand = {
  name: 'align',
  usage: 'align <zh id|path> <en id|path> [--corpus DIR] [--json]',
  summary: 'the sentence alignment of two articles',
  async run(args) {
    const { corpus, json, positionals } = parseCommandArgs(args);
    const zh = await requireArticle(corpus, positionals[0], 'Chinese article');
    const en = await requireArticle(corpus, positionals[1], 'English article');
    if (zh.lang !== 'zh') throw new AppError('bad-input', `${zh.file} is not Chinese (detected: ${zh.lang})`);
    if (en.lang !== 'en') throw new AppError('bad-input', `${en.file} is not English (detected: ${en.lang})`);
    const rows = alignArticles(zh, en);
    if (json) {
      printJson({ rows });
      return 0;
    }
    rows.forEach((row, index) => {
      const left = row.zh.map((s) => s.text).join('') || '—';
      const right = row.en.map((s) => s.text).join(' ') || '—';
      process.stdout.write(`${index + 1}\t${row.zh.length}-${row.en.length}\t${row.score.toFixed(2)}\n  ${left}\n  ${right}\n`);
    });
    return 0;
  },
};

export default align;

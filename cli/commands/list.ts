import { listArticles } from '../../lib/corpus/corpus';
import { articleMeta, parseCommandArgs, printJson } from '../args';
import type { CliCommand } from './registry';

const list: CliCommand = {
  name: 'list',
  usage: 'list [--corpus DIR] [--json]',
  summary: 'every article of the corpus',
  async run(args) {
    const { corpus, json } = parseCommandArgs(args);
    const articles = await listArticles(corpus);
    const rows = articles.map((a) => ({ ...articleMeta(a), chars: a.chars, words: a.words }));
    if (json) {
      printJson({ articles: rows });
      return 0;
    }
    for (const a of rows) {
      const size = a.lang === 'zh' ? `${a.chars} chars` : `${a.words} words`;
      const status = a.error ? `ERROR ${a.error}` : a.title;
      process.stdout.write(`${a.id}\t${a.lang}\t${a.date ?? '-'}\t${size}\t${status}\n`);
    }
    process.stdout.write(`${rows.length} articles\n`);
    return 0;
  },
};

export default list;

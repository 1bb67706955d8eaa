import { listArticles } from '../../lib/corpus/corpus';
import { articleMeta, parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const list: CliCommand = {
  async run(args) {
    const { corpus, json } = parseCommandArgs(args);
    const articles = await listArticles(corpus);
    const rows = articles.map((a) => ({ ...articleMeta(a), chars: a.chars, words: a.words }));
    if (json) {
      await printJson({ articles: rows });
      return 0;
    }
    for (const a of rows) {
      const size = a.lang === 'zh' ? `${a.chars} chars` : `${a.words} words`;
      const status = a.error ? `ERROR ${a.error}` : a.title;
      await write(`${a.id}\t${a.lang}\t${a.date ?? '-'}\t${size}\t${status}\n`);
    }
    await write(`${rows.length} articles\n`);
    return 0;
  },
};

export default list;

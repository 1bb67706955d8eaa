import { AppError } from '../../lib/errors';
import { searchCorpus } from '../../lib/search/service';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import { MATCH_OPTIONS, sideOf } from '../search-options';
import type { CliCommand } from './registry';

const search: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, MATCH_OPTIONS);
    const pattern = positionals[0];
    if (!pattern || positionals.length > 1) throw new AppError('bad-input', 'search takes one PATTERN (quote it if it has spaces)');
    const side = sideOf(values.side, /\p{Script=Han}/u.test(pattern) ? 'zh' : 'en');
    const answer = await searchCorpus(corpus, { pattern, side, regex: values.regex === true, wholeWord: values.word === true, caseSensitive: values.case === true });
    const hits = answer.hits.map(({ row }) => ({ id: row.article, row: row.position, zh: row.zh, mt: row.mt, text: row.text }));
    if (json) await printJson({ hits, renderings: answer.renderings });
    else {
      for (const { row } of answer.hits) await write(`${row.article}\t${row.position}\t${row.zh ?? ''}\t${row.text}\n`);
      for (const r of answer.renderings) await write(`rendering\t${r.count}\t${r.text}\n`);
      process.stderr.write(`${answer.rowCount} rows in ${answer.articleCount} articles\n`);
    }
    return 0;
  },
};

export default search;

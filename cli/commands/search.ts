import { AppError } from '../../lib/errors';
import { SEARCH_SIDES, type SearchSide } from '../../lib/search/match';
import { searchCorpus } from '../../lib/search/service';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

export function sideOf(value: unknown, fallback: SearchSide): SearchSide {
  if (value === undefined) return fallback;
  if (!SEARCH_SIDES.includes(value as SearchSide)) throw new AppError('bad-input', `--side takes ${SEARCH_SIDES.join(', ')}`);
  return value as SearchSide;
}

const search: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, {
      side: { type: 'string' },
      regex: { type: 'boolean', default: false },
      word: { type: 'boolean', default: false },
      case: { type: 'boolean', default: false },
    });
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

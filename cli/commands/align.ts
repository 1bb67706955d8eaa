import type { AlignedRow } from '../../lib/alignment/align';
import { alignArticles } from '../../lib/alignment/articles';
import { AppError } from '../../lib/errors';
import { parseCommandArgs, requireArticle } from '../args';
import { activePairs } from '../corpus-work';
import { runInOrder } from '../parallel';
import { printJson, printJsonLine, write } from '../output';
import { progressBar } from '../progress';
import type { CliCommand } from './registry';

const align: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, { all: { type: 'boolean', default: false }, jsonl: { type: 'boolean', default: false } });
    if (values.all) return alignAll(corpus, values.jsonl === true, positionals);
    if (values.jsonl) throw new AppError('bad-input', '--jsonl goes with --all; for one pair use --json');
    const zh = await requireArticle(corpus, positionals[0], 'Chinese article');
    const en = await requireArticle(corpus, positionals[1], 'English article');
    if (zh.lang !== 'zh') throw new AppError('bad-input', `${zh.file} is not Chinese (detected: ${zh.lang})`);
    if (en.lang !== 'en') throw new AppError('bad-input', `${en.file} is not English (detected: ${en.lang})`);
    const rows = alignArticles(zh, en);
    if (json) await printJson({ rows });
    else await printRows(rows);
    return 0;
  },
};

async function printRows(rows: AlignedRow[]): Promise<void> {
  for (const [index, row] of rows.entries()) {
    const left = row.zh.map((s) => s.text).join('') || '—';
    const right = row.en.map((s) => s.text).join(' ') || '—';
    await write(`${index + 1}\t${row.zh.length}-${row.en.length}\t${row.score.toFixed(2)}\n  ${left}\n  ${right}\n`);
  }
}

/** Every active pair, one after the other, each printed as soon as it is aligned. */
async function alignAll(corpus: string, jsonl: boolean, positionals: string[]): Promise<number> {
  if (positionals.length) throw new AppError('bad-input', 'align --all takes no article; it aligns every active pair of the corpus');
  if (!jsonl) throw new AppError('bad-input', 'align --all prints JSON lines: add --jsonl');
  const pairs = await activePairs(corpus);
  const progress = progressBar('align', pairs.length);
  await runInOrder<AlignedRow[]>(corpus, pairs.map(({ zh, en }) => ({ kind: 'rows', zhId: zh.id, enId: en.id })), async (index, rows) => {
    const { zh, en } = pairs[index]!;
    await printJsonLine({ zh: { id: zh.id, file: zh.file }, en: { id: en.id, file: en.file }, rows });
    await progress.tick();
  });
  await progress.done();
  return 0;
}

export default align;

import { corpusPairing } from '../../lib/pairing/corpus-pairing';
import { parseCommandArgs } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const pair: CliCommand = {
  async run(args) {
    const { corpus, json } = parseCommandArgs(args);
    const { result } = await corpusPairing(corpus);
    if (json) {
      await printJson({
        pairs: result.pairs.map(({ zh, en, score, decision }) => ({ zh, en, score, decision })),
        unpaired: result.unpaired,
      });
      return 0;
    }
    for (const p of result.pairs) await write(`${p.zh.file}\t${p.en.file}\t${p.score.toFixed(2)}\t${p.decision}\n`);
    for (const u of result.unpaired) {
      const best = u.best ? `best: ${u.best.file} (${u.best.score.toFixed(2)})` : 'no candidate';
      await write(`${u.file}\t${u.lang}\tunpaired\t${best}\n`);
    }
    await write(`${result.pairs.length} pairs, ${result.unpaired.length} unpaired\n`);
    return 0;
  },
};

export default pair;

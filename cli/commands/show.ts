import { articleMeta, parseCommandArgs, requireArticle } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const show: CliCommand = {
  async run(args) {
    const { corpus, json, positionals } = parseCommandArgs(args);
    const a = await requireArticle(corpus, positionals[0]);
    const doc = { ...articleMeta(a), byline: a.byline, body: a.body, boilerplate: a.boilerplate };
    if (json) {
      await printJson(doc);
      return 0;
    }
    await write(`${a.title}\n${a.file} · ${a.lang} · ${a.date ?? 'no date'} · ${a.source ?? 'no source'}\n\n`);
    await write(`${a.body.join('\n\n')}\n`);
    if (a.boilerplate.length) await write(`\n[set apart: ${a.boilerplate.length} scraper leftovers]\n`);
    return 0;
  },
};

export default show;

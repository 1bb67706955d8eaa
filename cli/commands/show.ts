import { articleMeta, parseCommandArgs, printJson, requireArticle } from '../args';
import type { CliCommand } from './registry';

const show: CliCommand = {
  name: 'show',
  usage: 'show <id|path> [--corpus DIR] [--json]',
  summary: 'one article: metadata, body, set-apart boilerplate',
  async run(args) {
    const { corpus, json, positionals } = parseCommandArgs(args);
    const a = await requireArticle(corpus, positionals[0]);
    const doc = { ...articleMeta(a), byline: a.byline, body: a.body, boilerplate: a.boilerplate };
    if (json) {
      printJson(doc);
      return 0;
    }
    process.stdout.write(`${a.title}\n${a.file} · ${a.lang} · ${a.date ?? 'no date'} · ${a.source ?? 'no source'}\n\n`);
    process.stdout.write(`${a.body.join('\n\n')}\n`);
    if (a.boilerplate.length) process.stdout.write(`\n[set apart: ${a.boilerplate.length} scraper leftovers]\n`);
    return 0;
  },
};

export default show;

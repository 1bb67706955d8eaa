import { readFileSync } from 'node:fs';
import { alignArticles } from '../../lib/alignment/articles';
import { AppError } from '../../lib/errors';
import { glossaryMatcher } from '../../lib/glossary/service';
import { runChecks } from '../../lib/qa/run';
import { readBilingualTsv } from '../../lib/qa/tsv-input';
import type { Finding } from '../../lib/qa/types';
import { parseCommandArgs, requireArticle } from '../args';
import { printJson, write } from '../output';
import type { CliCommand } from './registry';

const qa: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, { tsv: { type: 'string' }, 'fail-on': { type: 'string' } });
    const failOn = values['fail-on'];
    if (failOn !== undefined && failOn !== 'major' && failOn !== 'minor') throw new AppError('bad-input', '--fail-on takes major or minor');
    const glossary = await glossaryMatcher(corpus);
    let findings: Finding[];
    if (typeof values.tsv === 'string') {
      findings = readBilingualTsv(readFileSync(values.tsv, 'utf8')).flatMap((document) =>
        runChecks(document.rows, glossary).map((f) => ({ ...f, row: document.rows[f.row]!.line })),
      );
    } else {
      const zh = await requireArticle(corpus, positionals[0], 'Chinese article');
      const en = await requireArticle(corpus, positionals[1], 'English article');
      const rows = alignArticles(zh, en).map((r, index) => ({ index, source: r.zh.map((s) => s.text).join(''), target: r.en.map((s) => s.text).join(' ') }));
      findings = runChecks(rows, glossary).map((f) => ({ ...f, row: f.row + 1 }));
    }
    const out = findings.map(({ check, category, severity, row, message, sourceSpan, targetSpan, suggestion }) => ({ check, category, severity, row, message, sourceSpan, targetSpan, suggestion }));
    if (json) await printJson({ findings: out });
    else for (const f of out) await write(`row ${f.row}\t${f.severity}\t${f.check}\t${f.message}\n`);
    const failing = failOn === 'major' ? out.some((f) => f.severity === 'major') : failOn === 'minor' ? out.length > 0 : false;
    return failing ? 1 : 0;
  },
};

export default qa;

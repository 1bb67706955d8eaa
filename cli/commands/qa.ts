import { readFileSync } from 'node:fs';
import { alignArticles, monolingualRows } from '../../lib/alignment/articles';
import type { AlignedRow } from '../../lib/alignment/align';
import type { Article } from '../../lib/corpus/types';
import { AppError } from '../../lib/errors';
import { glossaryMatcher } from '../../lib/glossary/service';
import { runChecks } from '../../lib/qa/run';
import type { QaRunOptions } from '../../lib/qa/registry';
import { readQaSettings } from '../../lib/qa/settings-store';
import { readBilingualTsv } from '../../lib/qa/tsv-input';
import type { Finding, QaGlossary } from '../../lib/qa/types';
import { findArticle, parseCommandArgs, requireArticle } from '../args';
import { articleFindings, englishArticles } from '../corpus-work';
import { runInOrder } from '../parallel';
import { printJson, printJsonLine, write } from '../output';
import { progressBar } from '../progress';
import type { CliCommand } from './registry';

type FailOn = 'major' | 'minor' | undefined;

const qa: CliCommand = {
  async run(args) {
    const { corpus, json, values, positionals } = parseCommandArgs(args, {
      tsv: { type: 'string' },
      'fail-on': { type: 'string' },
      all: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
    });
    const failOn = values['fail-on'];
    if (failOn !== undefined && failOn !== 'major' && failOn !== 'minor') throw new AppError('bad-input', '--fail-on takes major or minor');
    if (values.all) return qaAll(corpus, values.jsonl === true, failOn, positionals);
    if (values.jsonl) throw new AppError('bad-input', '--jsonl goes with --all; for one article use --json');
    const findings = await findingsAsked(corpus, typeof values.tsv === 'string' ? values.tsv : null, positionals);
    const out = findings.map(contractFields);
    if (json) await printJson({ findings: out });
    else for (const f of out) await write(`row ${f.row}\t${f.severity}\t${f.check}\t${f.message}\n`);
    return fails(out, failOn) ? 1 : 0;
  },
};

/** Findings with rows counted from 1: of the TSV's data rows, of a pair's rows, or of an article's review. */
async function findingsAsked(corpus: string, tsv: string | null, positionals: string[]): Promise<Finding[]> {
  const options = await qaOptions(corpus);
  if (tsv !== null) {
    return readBilingualTsv(readFileSync(tsv, 'utf8')).flatMap((document) =>
      runChecks(document.rows, options).map((f) => ({ ...f, row: document.rows[f.row]!.line })),
    );
  }
  if (positionals.length === 1) {
    const { article, inCorpus } = await findArticle(corpus, positionals[0], 'English article');
    if (article.lang !== 'en') throw new AppError('bad-input', `${article.file} is not English (detected: ${article.lang}); give its English version, or both articles`);
    const findings = inCorpus ? await articleFindings(corpus, article.id) : checkRows(monolingualRows(article), options, false);
    return findings.map((f) => ({ ...f, row: f.row + 1 }));
  }
  const zh = await requireArticle(corpus, positionals[0], 'Chinese article');
  const en: Article = await requireArticle(corpus, positionals[1], 'English article');
  return checkRows(alignArticles(zh, en), options, true).map((f) => ({ ...f, row: f.row + 1 }));
}

/** Aligned rows checked as they are; without an original (`paired` false) the source is null. */
function checkRows(rows: AlignedRow[], options: QaRunOptions, paired: boolean): Finding[] {
  const qaRows = rows.map((r, index) => ({ index, source: paired ? r.zh.map((s) => s.text).join('') : null, target: r.en.map((s) => s.text).join(' ') }));
  return runChecks(qaRows, options);
}

/** The corpus's glossary and QA house style, as the review page checks with them. */
async function qaOptions(corpus: string): Promise<QaRunOptions> {
  const [glossary, settings] = await Promise.all([glossaryMatcher(corpus), readQaSettings(corpus)]);
  return { glossary, settings };
}

/** What `qa --json` promises per finding (README): no keys, no internal fix objects. */
function contractFields({ check, category, severity, row, message, sourceSpan, targetSpan, suggestion }: Finding) {
  return { check, category, severity, row, message, sourceSpan, targetSpan, suggestion };
}

function fails(findings: { severity: string }[], failOn: FailOn): boolean {
  if (failOn === 'major') return findings.some((f) => f.severity === 'major');
  return failOn === 'minor' && findings.length > 0;
}

/** Every English article, one after the other, each printed as soon as it is checked. */
async function qaAll(corpus: string, jsonl: boolean, failOn: FailOn, positionals: string[]): Promise<number> {
  if (positionals.length) throw new AppError('bad-input', 'qa --all takes no article; it checks every English article of the corpus');
  if (!jsonl) throw new AppError('bad-input', 'qa --all prints JSON lines: add --jsonl');
  const articles = await englishArticles(corpus);
  const progress = progressBar('qa', articles.length);
  let failing = false;
  await runInOrder<Finding[]>(corpus, articles.map(({ en }) => ({ kind: 'findings', enId: en.id })), async (index, found) => {
    const { en, zh } = articles[index]!;
    const findings = found.map((f) => contractFields({ ...f, row: f.row + 1 }));
    failing ||= fails(findings, failOn);
    await printJsonLine({ id: en.id, file: en.file, paired: zh ? { id: zh.id, file: zh.file } : null, findings });
    await progress.tick();
  });
  await progress.done();
  return failing ? 1 : 0;
}

export default qa;

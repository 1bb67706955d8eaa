// QA checks against professional MQM ratings of real zh→en MT (TED, WMT 2020), beside
// translate-toolkit's pofilter on the same rows: recall and precision per group of checks,
// false alarms on error-free rows, and throughput.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks } from '../lib/qa/run';
import { readBilingualTsv } from '../lib/qa/tsv-input';

const FIXTURE = new URL('../test/fixtures/qa/ted-mqm.tsv', import.meta.url);
const NUMBER_WORDS = /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|first|second|third|percent)\b/i;

interface BenchRow {
  id: string;
  source: string;
  target: string;
  errors: { category: string; severity: string; span: string }[];
  errorFree: boolean;
}

/** Which rated errors each group of checks is meant to catch. */
const GROUPS: Record<string, { truth: (r: BenchRow) => boolean; ours: string[]; pofilter: string[] }> = {
  'numbers and dates': { truth: (r) => r.errors.some((e) => e.category.startsWith('Accuracy') && NUMBER_WORDS.test(e.span)), ours: ['number-mismatch'], pofilter: ['numbers'] },
  punctuation: {
    truth: (r) => r.errors.some((e) => e.category === 'Fluency/Punctuation'),
    ours: ['glued-sentences', 'end-punctuation', 'full-width-punctuation', 'double-space', 'space-before-punctuation', 'unbalanced-brackets', 'unbalanced-quotes', 'mixed-quotes'],
    pofilter: ['endpunc', 'startpunc', 'puncspacing', 'doublespacing', 'brackets', 'doublequoting', 'singlequoting', 'sentencecount'],
  },
  'Chinese left in English': { truth: (r) => /\p{Script=Han}/u.test(r.target) || r.errors.some((e) => /Untranslated|Non-translation/.test(e.category)), ours: ['chinese-in-english'], pofilter: ['untranslated', 'unchanged'] },
  names: { truth: (r) => r.errors.some((e) => e.category === 'Locale convention/Name format' || (e.category === 'Accuracy/Mistranslation' && /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(e.span))), ours: ['name-pinyin', 'name-capitalisation'], pofilter: [] },
  consistency: { truth: (r) => r.errors.some((e) => /Inconsisten/.test(e.category)), ours: ['inconsistent-translation', 'glossary-term-missing', 'glossary-forbidden-rendering'], pofilter: [] },
  spelling: { truth: (r) => r.errors.some((e) => e.category === 'Fluency/Spelling'), ours: ['spelling'], pofilter: ['spellcheck'] },
  'repeated words': { truth: (r) => r.errors.some((e) => e.category === 'Fluency/Grammar' && /\b(\w+)\s+\1\b/i.test(e.span)), ours: ['repeated-word'], pofilter: ['doublewords'] },
  'omission and addition': { truth: (r) => r.errors.some((e) => e.category === 'Accuracy/Omission' || e.category === 'Accuracy/Addition'), ours: ['length-ratio'], pofilter: [] },
};
/** pofilter checks that make sense for prose (its false-alarm rate is counted over these). */
const POFILTER_PROSE = ['numbers', 'endpunc', 'startpunc', 'puncspacing', 'doublespacing', 'brackets', 'doublequoting', 'singlequoting', 'untranslated', 'unchanged', 'doublewords', 'sentencecount'];

function loadRows(): { rows: BenchRow[]; text: string } {
  const text = readFileSync(FIXTURE, 'utf8');
  const rows = text.trim().split('\n').slice(1).map((line) => {
    const [doc, id, , source, target, errors, errorFree] = line.split('\t');
    return {
      id: `${doc}#${id}`,
      source: source!,
      target: target!,
      errors: (errors ? errors.split(';') : []).map((e) => {
        const [category, severity, span] = e.split('|');
        return { category: category!, severity: severity!, span: span ?? '' };
      }),
      errorFree: errorFree === '1',
    };
  });
  return { rows, text };
}

function ourFlags(text: string): { flags: Map<number, Set<string>>; rowsPerSecond: number } {
  const documents = readBilingualTsv(text);
  const run = () => documents.flatMap((d) => runChecks(d.rows, null).map((f) => ({ line: d.rows[f.row]!.line, check: f.check })));
  // Warm up the modules (dictionaries, segmenter) on a few rows of one document only, so
  // the timed run still reads every other row for the first time.
  runChecks(documents[0]!.rows.slice(0, 20), null);
  const t = performance.now();
  const findings = run();
  const seconds = (performance.now() - t) / 1000;
  const flags = new Map<number, Set<string>>();
  for (const f of findings) flags.set(f.line - 1, (flags.get(f.line - 1) ?? new Set()).add(f.check));
  return { flags, rowsPerSecond: documents.reduce((n, d) => n + d.rows.length, 0) / seconds };
}

function pofilterFlags(rows: BenchRow[]): Map<number, Set<string>> | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-pofilter-'));
  try {
    const po = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const units = rows.map((r, i) => `msgctxt "${i}"\nmsgid ${po(r.source)}\nmsgstr ${po(r.target)}\n`);
    writeFileSync(path.join(dir, 'in.po'), `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n${units.join('\n')}`);
    const result = spawnSync('pofilter', ['--language=en', '-i', path.join(dir, 'in.po'), '-o', path.join(dir, 'out.po')], { encoding: 'utf8' });
    if (result.error || result.status !== 0) return null;
    const flags = new Map<number, Set<string>>();
    for (const unit of readFileSync(path.join(dir, 'out.po'), 'utf8').split(/\n\n/)) {
      const index = /msgctxt "(\d+)"/.exec(unit)?.[1];
      if (index === undefined) continue;
      const tests = [...unit.matchAll(/\(pofilter\) ([\w-]+):/g)].map((m) => m[1]!);
      flags.set(Number(index), new Set(tests));
    }
    return flags;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function score(rows: BenchRow[], flags: Map<number, Set<string>>, truth: (r: BenchRow) => boolean, checks: string[]) {
  let tp = 0;
  let flagged = 0;
  let positives = 0;
  rows.forEach((row, i) => {
    const hit = checks.some((c) => flags.get(i)?.has(c));
    const real = truth(row);
    if (real) positives += 1;
    if (hit) flagged += 1;
    if (hit && real) tp += 1;
  });
  const fmt = (x: number | null) => (x === null ? '  —  ' : x.toFixed(2));
  return { text: `recall ${fmt(positives ? tp / positives : null)} precision ${fmt(flagged ? tp / flagged : null)}`, positives };
}

function falseAlarms(rows: BenchRow[], flags: Map<number, Set<string>>, checks?: string[]): string {
  const clean = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.errorFree);
  const alarmed = clean.filter(({ i }) => [...(flags.get(i) ?? [])].some((c) => !checks || checks.includes(c))).length;
  return `${((alarmed / clean.length) * 100).toFixed(1)}% of ${clean.length}`;
}

export default async function run(): Promise<void> {
  const { rows, text } = loadRows();
  const ours = ourFlags(text);
  const pofilter = pofilterFlags(rows);
  console.log(`qa checks on ${rows.length} real MT rows rated with MQM (TED zh→en, 4 systems); pofilter ${pofilter ? 'run on the same rows' : 'not available (apt-get install translate-toolkit): skipped'}`);
  for (const [name, group] of Object.entries(GROUPS)) {
    const mine = score(rows, ours.flags, group.truth, group.ours);
    const theirs = pofilter && group.pofilter.length ? score(rows, pofilter, group.truth, group.pofilter).text : 'no such check';
    console.log(`  ${name.padEnd(24)} (${String(mine.positives).padStart(4)} rows) shenjiao ${mine.text} | pofilter ${theirs}`);
  }
  console.log(`  error-free rows flagged: shenjiao ${falseAlarms(rows, ours.flags)} (target ≤ 15%)${pofilter ? ` | pofilter (prose checks) ${falseAlarms(rows, pofilter, POFILTER_PROSE)}` : ''}`);
  console.log(`  throughput: ${Math.round(ours.rowsPerSecond).toLocaleString('en')} rows/s (target ≥ 20,000)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

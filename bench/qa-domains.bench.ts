// False alarms of the QA checks on WMT22 zh→en domains other than news (e-commerce product
// pages and reviews, social posts): the two human references (ref_a, ref_b) taken as
// error-free rows, as qa-news does for news. These domains are tuning data for false alarms
// that news English shares (numbers said differently, capitals, punctuation conventions,
// length ratios), so that the news held-out slice stays unlooked-into.
// SHENJIAO_QA_DOMAINS=ecommerce,social picks the domains; SHENJIAO_QA_DOMAINS_VERBOSE=1 prints
// every flagged row with its finding.
import { checkRow, CHECKS } from '../lib/qa/registry';
import type { Finding, QaContext } from '../lib/qa/types';
import { loadNews, sharedDataFile, type NewsSegment } from './qa-news.bench';

interface Flagged { doc: string; at: number; source: string; text: string; findings: Finding[] }

/** Every reference row of every document, checked in its document as the workbench would. */
function referenceFindings(docs: Map<string, NewsSegment[]>): Flagged[] {
  const out: Flagged[] = [];
  for (const [doc, segments] of docs) {
    for (const ref of [0, 1] as const) {
      const rows = segments.map((s, index) => ({ index, source: s.zh, target: s.refs[ref] }));
      const context: QaContext = { rows, glossary: null, caches: new Map() };
      rows.forEach((row, at) => out.push({ doc: `ref_${'ab'[ref]}:${doc}`, at, source: row.source, text: row.target, findings: checkRow(row, context) }));
    }
  }
  return out;
}

const percent = (n: number, of: number) => `${((n / of) * 100).toFixed(1)}%`;

function report(domain: string, flagged: Flagged[], verbose: boolean): void {
  const alarmed = flagged.filter((f) => f.findings.length > 0);
  console.log(`qa-domains [${domain}]: error-free reference rows flagged by any check: ${percent(alarmed.length, flagged.length)} (${alarmed.length} of ${flagged.length})`);
  const byCheck = new Map<string, Flagged[]>();
  for (const f of alarmed) for (const check of new Set(f.findings.map((x) => x.check))) byCheck.set(check, [...(byCheck.get(check) ?? []), f]);
  for (const [check, rows] of [...byCheck].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`qa-domains [${domain}]:   ${check.padEnd(26)} ${String(rows.length).padStart(4)} rows (${percent(rows.length, flagged.length)})`);
    if (!verbose) continue;
    for (const row of rows) {
      const finding = row.findings.find((x) => x.check === check)!;
      const span = finding.targetSpan ? ` «${row.text.slice(...finding.targetSpan)}»` : finding.sourceSpan ? ` «${row.source.slice(...finding.sourceSpan)}»` : '';
      console.log(`      ${row.doc}#${row.at}: ${finding.message}${span}\n        ${row.source.slice(0, 120)}\n        ${row.text.slice(0, 220)}`);
    }
  }
}

export default async function run(): Promise<void> {
  const file = sharedDataFile('wmt22_zhen.tsv');
  if (!file) {
    console.log('qa-domains: ../shared/data/wmt22_zhen.tsv not found (set SHENJIAO_SHARED_DATA): skipped');
    return;
  }
  const domains = (process.env.SHENJIAO_QA_DOMAINS ?? 'ecommerce,social').split(',').filter(Boolean);
  const verbose = Boolean(process.env.SHENJIAO_QA_DOMAINS_VERBOSE);
  console.log(`qa-domains: WMT22 zh→en references as error-free rows, ${CHECKS.length} checks, default settings`);
  for (const domain of domains) {
    const docs = loadNews(file, domain);
    if (!docs.size) console.log(`qa-domains [${domain}]: no such domain in the file`);
    else report(domain, referenceFindings(docs), verbose);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

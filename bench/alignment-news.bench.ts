// Alignment accuracy on WMT22 news (bench/wmt22-news.ts): every news document, as each of
// its eight translations (six MT systems, two references), paragraphed independently on
// each side, so segment boundaries give the gold links. Figures per slice; tune on TED and
// the tuning slice only.
import { alignArticles } from '../lib/alignment/articles';
import { AlignmentReport } from './alignment-report';
import { buildArticle, loadNewsDocuments, seededBy, selectSlice, slicesToReport, TRANSLATIONS, type NewsDocument } from './wmt22-news';

export function alignNews(docs: NewsDocument[]): AlignmentReport {
  const report = new AlignmentReport();
  docs.forEach((doc, n) => {
    const zh = buildArticle(`zh/${doc.id}.txt`, doc.zh.map((text, seg) => ({ seg, text })), 'zh', seededBy(`zh ${doc.id}`));
    TRANSLATIONS.forEach((system, k) => {
      const pieces = doc.en[system].map((text, seg) => ({ seg, text }));
      const en = buildArticle(`en/${doc.id}.${system}.txt`, pieces, 'en', seededBy(`en ${doc.id} ${system}`), (n + k) % 3 === 1);
      report.add(`${doc.id} × ${system}`, alignArticles(zh.article, en.article), zh.segments, en.segments);
    });
  });
  return report;
}

export default async function run(): Promise<void> {
  const docs = loadNewsDocuments();
  for (const slice of slicesToReport()) {
    const ofSlice = selectSlice(docs, slice);
    const report = alignNews(ofSlice);
    console.log(`alignment (WMT22 news, ${slice} slice: ${ofSlice.length} documents × 8 translations, ${report.strict.gold} gold links): ${report.summary()}`);
    console.log('  targets: F1 ≥ 0.96 strict, ≥ 0.98 counting consistent merges; worst pairs:');
    for (const line of report.worst(5)) console.log(line);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

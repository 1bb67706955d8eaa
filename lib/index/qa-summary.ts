import type { IndexedFindings } from './products';

/** One article's findings counted per check: what the QA report's tables read, never the findings themselves. */
export interface ArticleQa {
  enId: string;
  /** The cache key the counts were made under: unchanged key, unchanged counts. */
  key: string;
  rows: number;
  open: Record<string, number>;
  dismissed: Record<string, number>;
  openTotal: number;
  major: number;
}

export function summariseFindings(key: string, product: IndexedFindings): ArticleQa {
  const summary: ArticleQa = { enId: product.enId, key, rows: product.rows, open: {}, dismissed: {}, openTotal: 0, major: 0 };
  for (const f of product.findings) {
    const counts = f.dismissed ? summary.dismissed : summary.open;
    counts[f.check] = (counts[f.check] ?? 0) + 1;
    if (!f.dismissed) {
      summary.openTotal += 1;
      if (f.severity === 'major') summary.major += 1;
    }
  }
  return summary;
}

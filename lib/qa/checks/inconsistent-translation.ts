import { defineCheck } from '../define-check';
import type { QaRow } from '../types';

const normalised = new Map<string, string>();

/** The Chinese without spaces and punctuation; cached, as every row's Chinese is read on every run. */
function normalise(text: string): string {
  let key = normalised.get(text);
  if (key === undefined) {
    if (normalised.size > 20_000) normalised.clear();
    normalised.set(text, (key = text.replace(/\s+/g, '').replace(/[，。、；：！？“”"'‘’,.;:!?]/g, '')));
  }
  return key;
}

/**
 * The same Chinese sentence translated differently within one document. The first
 * rendering is taken as the reference; later rows that differ are flagged.
 */
const perDocument = new WeakMap<object, Map<string, QaRow>>();

/** The first row of the document with each (normalised) Chinese sentence. */
function firstWithSource(rows: QaRow[]): Map<string, QaRow> {
  const cached = perDocument.get(rows);
  if (cached) return cached;
  const first = new Map<string, QaRow>();
  for (const row of rows) {
    if (!row.source) continue;
    const key = normalise(row.source);
    if (!first.has(key)) first.set(key, row);
  }
  perDocument.set(rows, first);
  return first;
}

export default defineCheck({
  id: 'inconsistent-translation',
  category: 'Terminology/Inconsistent use of terminology',
  severity: 'minor',
  describe: 'The same Chinese sentence translated differently within the article',
  run({ index, source, target }, { rows }) {
    if (!source) return [];
    const key = normalise(source);
    if (key.length < 6) return [];
    const first = firstWithSource(rows).get(key);
    if (!first || first.index >= index || first.target.trim() === target.trim()) return [];
    return [{ message: `Row ${first.index + 1} has the same Chinese, translated "${first.target.slice(0, 80)}"`, sourceSpan: [0, source.length] as [number, number] }];
  },
});

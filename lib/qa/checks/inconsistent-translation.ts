import { defineCheck } from '../types';

const normalise = (text: string) => text.replace(/\s+/g, '').replace(/[，。、；：！？“”"'‘’,.;:!?]/g, '');

/**
 * The same Chinese sentence translated differently within one document. The first
 * rendering is taken as the reference; later rows that differ are flagged.
 */
export default defineCheck({
  id: 'inconsistent-translation',
  category: 'Terminology/Inconsistent use of terminology',
  severity: 'minor',
  describe: 'The same Chinese sentence translated differently within the article',
  run({ index, source, target }, { rows }) {
    if (!source || normalise(source).length < 6) return [];
    const key = normalise(source);
    const first = rows.find((r) => r.index < index && r.source && normalise(r.source) === key);
    if (!first || first.target.trim() === target.trim()) return [];
    return [{ message: `Row ${first.index + 1} has the same Chinese, translated "${first.target.slice(0, 80)}"`, sourceSpan: [0, source.length] as [number, number] }];
  },
});

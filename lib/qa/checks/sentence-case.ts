import { defineCheck } from '../define-check';
import type { QaRow, RawFinding } from '../types';

/** Words that end in a full stop without ending the sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx|incl|No|Mr|Mrs|Ms|Dr|St)\.$/;

/** The previous row ends a sentence, so this one must start one (a row may also continue a clause). */
function startsSentence(row: QaRow, rows: readonly QaRow[]): boolean {
  const previous = row.index > 0 ? rows[row.index - 1] : undefined;
  if (!previous) return true;
  return /[.!?。！？]["”’)]*\s*$/.test(previous.target) && !ABBREVIATION.test(previous.target.trimEnd());
}

/**
 * A sentence that starts with a small letter: "(applause)", "thank you all." after "Thank
 * you.". MQM counts capitalisation under spelling. A row that opens with a small letter is
 * only flagged when the row before it ended its sentence.
 */
export default defineCheck({
  id: 'sentence-case',
  category: 'Fluency/Spelling',
  severity: 'minor',
  describe: 'A sentence that starts with a small letter',
  run(row, { rows }) {
    const findings: RawFinding[] = [];
    const flag = (at: number) => {
      const word = /^[a-z]+/.exec(row.target.slice(at))![0];
      const span: [number, number] = [at, at + word.length];
      const capital = word[0]!.toUpperCase() + word.slice(1);
      findings.push({ message: `"${word}" starts a sentence; write "${capital}"`, targetSpan: span, fix: { span, replacement: capital } });
    };
    const opening = /^[\s("“‘]*(?=[a-z])/.exec(row.target);
    if (opening && startsSentence(row, rows) && !/^[a-z]+[A-Z.]/.test(row.target.slice(opening[0].length))) flag(opening[0].length);
    if (!/[.!?]["”’)]? [a-z]/.test(row.target)) return findings;
    for (const m of row.target.matchAll(/(?<=[a-z)”"][.!?]["”’)]? )[a-z]/g)) {
      if (!ABBREVIATION.test(row.target.slice(0, m.index!).trimEnd())) flag(m.index!);
    }
    return findings;
  },
});

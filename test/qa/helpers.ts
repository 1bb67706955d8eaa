import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRow } from '../../lib/qa/run';
import type { Check, QaContext, QaRow } from '../../lib/qa/types';

type Case = string | [source: string | null, target: string];

/**
 * Table tests for a check: `flags` are rows it must flag, with the text it should point at
 * (in the target, or in the source when the finding is about the Chinese); `passes` rows
 * it must leave alone. A row is a target alone, or [source, target].
 */
export function describeCheck(check: Check, cases: { flags: [Case, string][]; passes: Case[] }, glossary: QaContext['glossary'] = null) {
  const row = (c: Case): QaRow => (typeof c === 'string' ? { index: 0, source: null, target: c } : { index: 0, source: c[0], target: c[1] });
  for (const [input, flagged] of cases.flags) {
    test(`${check.id} flags ${JSON.stringify(input).slice(0, 70)}`, () => {
      const r = row(input);
      const findings = checkRow(r, { rows: [r], glossary }, [check]);
      assert.ok(findings.length > 0, 'no finding');
      const pointed = findings.map((f) => (f.targetSpan ? r.target.slice(...f.targetSpan) : r.source!.slice(...f.sourceSpan!)));
      assert.ok(pointed.some((p) => p.includes(flagged) || flagged.includes(p)), `pointed at ${JSON.stringify(pointed)}`);
    });
  }
  for (const input of cases.passes) {
    test(`${check.id} passes ${JSON.stringify(input).slice(0, 70)}`, () => {
      const r = row(input);
      assert.deepEqual(checkRow(r, { rows: [r], glossary }, [check]).map((f) => f.message), []);
    });
  }
}

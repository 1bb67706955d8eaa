import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

// The `qa` command's contract (README, issue 6), run as a user runs it.
function shenjiao(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tsvFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shenjiao-cli-')), 'rows.tsv');
  writeFileSync(file, text);
  return file;
}

const KEYS = ['category', 'check', 'message', 'row', 'severity', 'sourceSpan', 'suggestion', 'targetSpan'];

test('qa --tsv --json: findings with the contract fields, rows numbered from 1 among data rows', () => {
  const file = tsvFile('doc\tsource\ttarget\na\t全年投资30亿元。\tThe annual investment is 3 million yuan.\na\t他说了一句话。\tHe said said a word.\n');
  const { status, stdout } = shenjiao('qa', '--tsv', file, '--json');
  assert.equal(status, 0);
  const { findings } = JSON.parse(stdout) as { findings: Record<string, unknown>[] };
  for (const f of findings) assert.deepEqual(Object.keys(f).sort(), KEYS);
  const number = findings.find((f) => f.check === 'number-mismatch')!;
  assert.deepEqual([number.row, number.severity, number.sourceSpan], [1, 'major', [4, 7]]);
  const repeated = findings.find((f) => f.check === 'repeated-word')!;
  assert.deepEqual([repeated.row, repeated.targetSpan, repeated.suggestion], [2, [3, 12], 'said']);
});

test('qa --fail-on: non-zero only when findings of that severity exist', () => {
  const minorOnly = tsvFile('source\ttarget\n他说了一句话。\tHe said said a word.\n');
  assert.equal(shenjiao('qa', '--tsv', minorOnly, '--fail-on', 'major').status, 0);
  assert.equal(shenjiao('qa', '--tsv', minorOnly, '--fail-on', 'minor').status, 1);
  const bad = shenjiao('qa', '--tsv', minorOnly, '--fail-on', 'critical');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--fail-on takes major or minor/);
});

test('qa <zh path> <en path>: two files outside the corpus, aligned and checked', () => {
  const pair = (JSON.parse(readFileSync('test/fixtures/ted/gold.json', 'utf8')) as { pairs: { zh: string; en: string }[] }).pairs[0]!;
  const { status, stdout } = shenjiao('qa', path.join('test/fixtures/ted', pair.zh), path.join('test/fixtures/ted', pair.en), '--json');
  assert.equal(status, 0);
  const { findings } = JSON.parse(stdout) as { findings: { row: number }[] };
  assert.ok(Array.isArray(findings));
  assert.ok(findings.every((f) => Number.isInteger(f.row) && f.row >= 1));
  const missing = shenjiao('qa', 'no/such/file.txt', path.join('test/fixtures/ted', pair.en), '--json');
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /no Chinese article "no\/such\/file.txt"/);
});

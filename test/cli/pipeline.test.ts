import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { COMMANDS } from '../../cli/commands/registry';
import { shenjiao, tempCorpus } from './helpers';

// The command line as scripts and CI use it (issue 12): output read through a pipe, the
// whole corpus in one process, exit codes over the corpus.
const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const corpusOf = (...parts: Parameters<typeof tempCorpus>[0]) => {
  const dir = tempCorpus(parts);
  dirs.push(dir);
  return dir;
};

interface QaLine {
  id: string;
  file: string;
  paired: { id: string; file: string } | null;
  findings: { check: string; severity: string; row: number }[];
}
const jsonLines = <T>(text: string): T[] => text.trimEnd().split('\n').map((line) => JSON.parse(line) as T);

describe('output through a pipe', () => {
  // 4,000 rows, each with a doubled word and a changed number: some 2.5 MB of findings.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-cli-pipe-'));
  dirs.push(dir);
  const tsv = path.join(dir, 'rows.tsv');
  const rows = Array.from({ length: 4000 }, (_, i) => `doc${i % 40}\t全年投资${i + 30}亿元。\tThe the annual investment is ${i + 1} million yuan.`);
  writeFileSync(tsv, `doc\tsource\ttarget\n${rows.join('\n')}\n`);

  test('qa --json of a 2 MB report arrives whole and parses', async () => {
    const { status, stdout, stderr } = await shenjiao(['qa', '--tsv', tsv, '--json']);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.ok(stdout.length > 1024 * 1024, `only ${stdout.length} characters`);
    const { findings } = JSON.parse(stdout) as { findings: { check: string; row: number }[] };
    for (const check of ['repeated-word', 'number-mismatch']) {
      assert.deepEqual(new Set(findings.filter((f) => f.check === check).map((f) => f.row)).size, 4000, check);
    }
  });

  test('the same bytes through a pipe as into a file', async () => {
    const file = path.join(dir, 'out.json');
    const fd = openSync(file, 'w');
    spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'qa', '--tsv', tsv, '--json'], { stdio: ['ignore', fd, 'inherit'] });
    closeSync(fd);
    const piped = await shenjiao(['qa', '--tsv', tsv, '--json']);
    assert.ok(piped.stdout === readFileSync(file, 'utf8'), 'pipe and file differ');
  });
  test('a reader that leaves early (| head -1) ends the run quietly, as a pipe writer ends', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'qa', '--tsv', tsv, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(status, 141);
    assert.equal(stderr, '');
  });
});

describe('qa --all --jsonl', () => {
  const full = corpusOf('seeds', 'ted', 'major', 'minor');

  test('one line per English article, paired or not, with the findings qa <en> gives', async () => {
    const { status, stdout, stderr } = await shenjiao(['qa', '--all', '--jsonl', '--corpus', full]);
    assert.equal(status, 0);
    assert.equal(stderr, '', 'no progress bar when stderr is not a terminal');
    const lines = jsonLines<QaLine>(stdout);
    const english = ['000_d1727f86196977aa', '001_cdb4b5fdbd235da2', '002_b7c04c8655e58dca', '003_19b531d6154d1a7e', 'made~major.en', 'made~minor.en'];
    for (const id of english) assert.ok(lines.some((l) => l.id === id), id);
    assert.equal(lines.length, english.length + 3);
    assert.equal(lines.find((l) => l.id === '003_19b531d6154d1a7e')!.paired, null);
    assert.deepEqual(lines.find((l) => l.id === 'made~major.en')!.paired, { id: 'made~major.zh', file: 'made/major.zh.txt' });
    assert.ok(lines.find((l) => l.id === 'made~major.en')!.findings.some((f) => f.check === 'number-mismatch' && f.severity === 'major' && f.row === 2));
    assert.ok(lines.find((l) => l.id === 'made~minor.en')!.findings.some((f) => f.check === 'repeated-word' && f.row === 2));
    for (const id of ['003_19b531d6154d1a7e', 'made~major.en']) {
      const alone = await shenjiao(['qa', id, '--json', '--corpus', full]);
      assert.equal(alone.status, 0);
      assert.deepEqual(JSON.parse(alone.stdout).findings, lines.find((l) => l.id === id)!.findings, id);
    }
  });

  test('--fail-on answers for the whole corpus, after every line is printed', async () => {
    const minorOnly = corpusOf('clean ted', 'minor');
    const clean = corpusOf('clean ted');
    const cases: [name: string, dir: string, failOn: 'major' | 'minor', articles: number, status: number][] = [
      ['seeds, TED, constructed', full, 'major', 9, 1],
      ['a minor finding only', minorOnly, 'major', 2, 0],
      ['a minor finding only', minorOnly, 'minor', 2, 1],
      ['no finding', clean, 'minor', 1, 0],
    ];
    for (const [name, dir, failOn, articles, expected] of cases) {
      const { status, stdout } = await shenjiao(['qa', '--all', '--jsonl', '--fail-on', failOn, '--corpus', dir]);
      const lines = jsonLines<QaLine>(stdout);
      const found = lines.flatMap((l) => l.findings).some((f) => failOn === 'minor' || f.severity === 'major');
      assert.equal(status, expected, `${name}, --fail-on ${failOn}`);
      assert.equal(status, found ? 1 : 0, 'the exit code agrees with the lines printed');
      assert.equal(lines.length, articles, name);
    }
  });

  test('worker threads hand on the same lines, in the same order, as one thread', async () => {
    const oneThread = await shenjiao(['qa', '--all', '--jsonl', '--corpus', full], { SHENJIAO_THREADS: '1' });
    for (const command of ['qa', 'align']) {
      const dir = corpusOf('seeds', 'ted', 'major', 'minor');
      const threads = await shenjiao([command, '--all', '--jsonl', '--corpus', dir], { SHENJIAO_THREADS: '3' });
      const single = command === 'qa' ? oneThread : await shenjiao([command, '--all', '--jsonl', '--corpus', full], { SHENJIAO_THREADS: '1' });
      assert.equal(threads.status, single.status, command);
      assert.equal(threads.stdout, single.stdout, command);
    }
  });

  test('a second run over an unchanged corpus reads the same findings back', async () => {
    const first = await shenjiao(['qa', '--all', '--jsonl', '--corpus', full]);
    const second = await shenjiao(['qa', '--all', '--jsonl', '--corpus', full]);
    assert.equal(second.stdout, first.stdout);
  });
});

describe('align --all --jsonl', () => {
  test('one line per active pair, rows pointing into the bodies show prints', async () => {
    const dir = corpusOf('seeds', 'ted', 'major');
    const { status, stdout, stderr } = await shenjiao(['align', '--all', '--jsonl', '--corpus', dir]);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    type Sentence = { text: string; start: number; end: number };
    const lines = jsonLines<{ zh: { id: string }; en: { id: string; file: string }; rows: { zh: Sentence[]; en: Sentence[]; score: number }[] }>(stdout);
    assert.deepEqual(lines.map((l) => l.en.id).sort(), ['made~major.en', 'ted~en~aa8c17b833', 'ted~en~c2f5f8e372', 'ted~en~f77fcc12fa']);
    const line = lines.find((l) => l.en.id === 'made~major.en')!;
    const body = (JSON.parse((await shenjiao(['show', line.en.id, '--json', '--corpus', dir])).stdout) as { body: string[] }).body.join('\n\n');
    const english = line.rows.flatMap((r) => r.en);
    assert.equal(english.length, 3);
    for (const s of english) assert.equal(body.slice(s.start, s.end), s.text);
  });
});

describe('usage', () => {
  test('every command answers --help with its usage and options', async () => {
    for (const { name } of COMMANDS) {
      const { status, stdout } = await shenjiao([name, '--help']);
      assert.equal(status, 0, name);
      assert.match(stdout, new RegExp(`^shenjiao ${name}: .+\\n\\nUsage: shenjiao ${name}`), name);
      // git's merge driver is handed its files by git; every other command reads a corpus.
      if (name !== 'merge-driver') assert.match(stdout, /--corpus DIR/, name);
    }
  });

  test('--all without --jsonl, or with an article, is a usage error', async () => {
    const noJsonl = await shenjiao(['qa', '--all']);
    assert.equal(noJsonl.status, 2);
    assert.match(noJsonl.stderr, /add --jsonl/);
    const withArticle = await shenjiao(['align', '--all', '--jsonl', 'x']);
    assert.equal(withArticle.status, 2);
  });

  test('qa <en> alone checks a file outside the corpus without an original', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-cli-loose-'));
    dirs.push(dir);
    const file = path.join(dir, 'story.txt');
    writeFileSync(file, 'A short story\n\nThe the committee met on Monday. It agreed on a plan.\n');
    const { status, stdout } = await shenjiao(['qa', file, '--json', '--fail-on', 'minor']);
    const { findings } = JSON.parse(stdout) as { findings: { check: string; row: number; sourceSpan: unknown }[] };
    assert.equal(status, 1);
    assert.ok(findings.some((f) => f.check === 'repeated-word' && f.row === 2));
    assert.ok(findings.every((f) => f.sourceSpan === null));
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { crc32, createZip } from '../../lib/formats/zip';

test('crc32 of a known string', () => assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926));

test('a zip of exports unpacks to the same files, with UTF-8 names', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-zip-'));
  try {
    const files = [
      { name: 'a.reviewed.txt', content: 'The headline\n\nFirst paragraph.\n' },
      { name: '新闻.reviewed.xlf', content: '<xliff version="2.1"/>\n' },
    ];
    writeFileSync(path.join(dir, 'out.zip'), createZip(files));
    const listed = spawnSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); z.extractall(sys.argv[2]); print("\\n".join(z.namelist()))', path.join(dir, 'out.zip'), dir], { encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.stdout.trim().split('\n'), files.map((f) => f.name));
    for (const f of files) assert.equal(readFileSync(path.join(dir, f.name), 'utf8'), f.content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

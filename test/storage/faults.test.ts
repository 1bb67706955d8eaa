import assert from 'node:assert/strict';
import { promises as fs, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { errorResponse } from '../../app/_server/http';
import { AppError, isAppError } from '../../lib/errors';
import { writeFileAtomic, type WriteIo } from '../../lib/storage/atomic';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, except that one step fails the way a full or read-only disk does. */
function failing(step: 'open' | 'write' | 'sync' | 'rename', code: string): WriteIo {
  return {
    mkdir: fs.mkdir,
    rm: fs.rm,
    rename: step === 'rename' ? async () => Promise.reject(errno(code)) : fs.rename,
    open: (async (file: string, flags: string, mode?: number) => {
      if (step === 'open') throw errno(code);
      const handle = await fs.open(file, flags, mode);
      return new Proxy(handle, {
        get(target, key) {
          // An empty temp file exists by now, as on a full disk.
          if (key === 'writeFile' && step === 'write') return async () => Promise.reject(errno(code));
          if (key === 'sync' && step === 'sync') return async () => Promise.reject(errno(code));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as WriteIo['open'],
  };
}

const CASES = [
  { step: 'write', code: 'ENOSPC', status: 507, cause: 'disk-full', says: /disk .* is full/ },
  { step: 'sync', code: 'EDQUOT', status: 507, cause: 'disk-full', says: /disk .* is full/ },
  { step: 'open', code: 'EROFS', status: 503, cause: 'read-only', says: /read-only/ },
  { step: 'rename', code: 'EACCES', status: 503, cause: 'permission-denied', says: /permission denied/ },
] as const;

for (const { step, code, status, cause, says } of CASES) {
  test(`${code} at ${step}: ${status} naming the cause, no temp file left, the old file intact`, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-fault-'));
    const file = path.join(dir, 'reviews', 'a.json');
    await writeFileAtomic(file, '{"old": true}\n');
    const error = await writeFileAtomic(file, '{"new": true}\n', { io: failing(step, code) }).then(
      () => assert.fail('the write should fail'),
      (e: unknown) => e,
    );
    assert.ok(isAppError(error));
    assert.equal(error.status, status);
    assert.equal(error.details?.cause, cause);
    assert.match(error.message, says);
    assert.match(error.message, /reviews\//);
    assert.deepEqual(readdirSync(path.dirname(file)), ['a.json']);
    assert.equal(readFileSync(file, 'utf8'), '{"old": true}\n');

    const response = errorResponse(error);
    assert.equal(response.status, status);
    assert.match(((await response.json()) as { error: string }).error, says);
  });
}

test('any other failure is passed on as it is, still without a temp file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-fault-'));
  const file = path.join(dir, 'a.json');
  writeFileSync(file, 'old');
  await assert.rejects(writeFileAtomic(file, 'new', { io: failing('write', 'EIO') }), /EIO/);
  assert.deepEqual(readdirSync(dir), ['a.json']);
});

test('a file-system fault thrown elsewhere reaches the client as 507/503, not 500', async () => {
  assert.equal(errorResponse(Object.assign(errno('ENOSPC'), { path: '/corpus/_shenjiao/pairs.json' })).status, 507);
  assert.equal(errorResponse(errno('EROFS')).status, 503);
  const throttled = errorResponse(new AppError('throttled', 'wait', { retryAfter: 42 }));
  assert.equal(throttled.status, 429);
  assert.equal(throttled.headers.get('retry-after'), '42');
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { verifyPassword } from '../../lib/access/password';

// `shenjiao user …` as an administrator runs it, the password piped on stdin.
function shenjiao(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, SHENJIAO_USERS: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function usersFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'shenjiao-cli-users-')), 'conf', 'users.json');
}

test('user add | list | passwd | remove keep a 0600 file of scrypt hashes', async () => {
  const file = usersFile();
  assert.equal(shenjiao(['user', 'add', 'Wang Fang', '--role', 'lead', '--users', file], 'first password\n').status, 0);
  assert.equal(shenjiao(['user', 'add', '李明', '--role', 'viewer', '--users', file], 'second password\n').status, 0);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { users: Record<string, { role: string; password: string }> };
  assert.equal(stored.users['Wang Fang']!.role, 'lead');
  assert.ok(!readFileSync(file, 'utf8').includes('first password'));
  assert.ok(await verifyPassword('first password', stored.users['Wang Fang']!.password));

  const list = shenjiao(['user', 'list', '--users', file, '--json']);
  assert.deepEqual((JSON.parse(list.stdout) as { users: { name: string; role: string }[] }).users.map((u) => [u.name, u.role]), [['Wang Fang', 'lead'], ['李明', 'viewer']]);

  assert.equal(shenjiao(['user', 'passwd', 'wang fang', '--users', file], 'a changed password\n').status, 0);
  const changed = JSON.parse(readFileSync(file, 'utf8')) as typeof stored;
  assert.ok(await verifyPassword('a changed password', changed.users['Wang Fang']!.password));

  assert.equal(shenjiao(['user', 'remove', '李明', '--users', file]).status, 0);
  assert.deepEqual(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as typeof stored).users), ['Wang Fang']);
});

test('user add refuses a short password, an unknown role, a taken name, a file inside the corpus', () => {
  const file = usersFile();
  const short = shenjiao(['user', 'add', 'Li', '--role', 'reviewer', '--users', file], 'short\n');
  assert.equal(short.status, 2);
  assert.match(short.stderr, /at least 10 characters/);
  assert.match(shenjiao(['user', 'add', 'Li', '--role', 'boss', '--users', file], 'long enough pw\n').stderr, /--role takes viewer, reviewer, lead/);
  assert.equal(shenjiao(['user', 'add', 'Li', '--role', 'reviewer', '--users', file], 'long enough pw\n').status, 0);
  assert.match(shenjiao(['user', 'add', 'li', '--role', 'lead', '--users', file], 'long enough pw\n').stderr, /already in/);
  const corpus = path.dirname(file);
  assert.match(shenjiao(['user', 'list', '--users', file, '--corpus', corpus]).stderr, /inside the corpus/);
  assert.match(shenjiao(['user', 'remove', 'Nobody', '--users', file]).stderr, /no user "Nobody"/);
});

import assert from 'node:assert/strict';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { AccessControl } from '../../lib/access/access-control';
import { hashPassword } from '../../lib/access/password';
import { setUser, withoutUser, writeUsersFile } from '../../lib/access/users-file';
import { isAppError } from '../../lib/errors';
import { CHEAP, makeUsersFile, PASSWORDS } from './helpers';

async function refusal(promise: Promise<unknown>): Promise<{ status: number; details: Record<string, unknown> | undefined }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isAppError(error), String(error));
    return { status: error.status, details: error.details };
  }
  assert.fail('expected a refusal');
}

test('the users file is written with mode 0600', async () => {
  const { file } = await makeUsersFile();
  assert.equal(statSync(file).mode & 0o777, 0o600);
});

test('sign-in: the right password opens a session with the role from the file; a wrong one is 401', async () => {
  const { file } = await makeUsersFile();
  const access = new AccessControl(file);
  const session = await access.signIn('ren', PASSWORDS.Ren!, '10.0.0.1');
  assert.deepEqual([session.name, session.role], ['Ren', 'reviewer']);
  assert.deepEqual(await access.session(session.token), { name: 'Ren', role: 'reviewer' });
  assert.equal((await refusal(access.signIn('Ren', 'wrong', '10.0.0.1'))).status, 401);
  assert.equal((await refusal(access.signIn('Nobody', 'wrong', '10.0.0.1'))).status, 401);
});

test('failed sign-ins are throttled per name (429 with a wait) and per client across names', async () => {
  const { file } = await makeUsersFile();
  let now = Date.UTC(2026, 0, 5);
  const access = new AccessControl(file, () => now);
  for (let i = 0; i < 5; i++) assert.equal((await refusal(access.signIn('Lee', `guess ${i}`, `10.0.1.${i}`))).status, 401);
  const locked = await refusal(access.signIn('Lee', PASSWORDS.Lee!, '10.0.9.9'));
  assert.equal(locked.status, 429, 'even the right password waits');
  assert.ok(Number(locked.details?.retryAfter) > 0 && Number(locked.details?.retryAfter) <= 15 * 60);
  assert.equal((await access.signIn('Ren', PASSWORDS.Ren!, '10.0.9.9')).name, 'Ren', 'other names are not locked');

  for (let i = 0; i < 20; i++) await refusal(access.signIn(`name${i}`, 'guess', '10.6.6.6'));
  assert.equal((await refusal(access.signIn('Viv', PASSWORDS.Viv!, '10.6.6.6'))).status, 429, 'one client spraying names');
  now += 15 * 60 * 1000;
  assert.equal((await access.signIn('Lee', PASSWORDS.Lee!, '10.0.9.9')).name, 'Lee', 'the window passes');
});

test('a session ends when it is signed out, when its password changes, when its user is removed', async () => {
  const { file, users } = await makeUsersFile();
  const access = new AccessControl(file);
  const a = await access.signIn('Viv', PASSWORDS.Viv!, 'c');
  const b = await access.signIn('Viv', PASSWORDS.Viv!, 'c');
  await access.signOut(a.token);
  assert.equal(await access.session(a.token), null);
  assert.deepEqual(await access.session(b.token), { name: 'Viv', role: 'viewer' }, 'only the signed-out session ends');

  const ren = await access.signIn('Ren', PASSWORDS.Ren!, 'c');
  const lee = await access.signIn('Lee', PASSWORDS.Lee!, 'c');
  let changed = setUser(users, 'Ren', { role: 'reviewer', password: await hashPassword('a new password', CHEAP) }, new Date());
  changed = withoutUser(changed, 'Lee');
  await writeUsersFile(file, changed);
  assert.equal(await access.session(ren.token), null);
  assert.equal(await access.session(lee.token), null);
});

test('a role change in the file applies to open sessions at once', async () => {
  const { file, users } = await makeUsersFile();
  const access = new AccessControl(file);
  const viv = await access.signIn('Viv', PASSWORDS.Viv!, 'c');
  await writeUsersFile(file, { ...users, users: { ...users.users, Viv: { ...users.users.Viv!, role: 'lead' } } });
  assert.equal((await access.session(viv.token))?.role, 'lead');
});

test('without a users file every route is open; once seen, a deleted users file locks everyone out', async () => {
  const open = new AccessControl(path.join(path.dirname((await makeUsersFile()).file), 'none.json'));
  assert.deepEqual(await open.authorize('PUT', '/api/articles/a/rows/r1', null), { mode: 'open' });

  const { file } = await makeUsersFile();
  const access = new AccessControl(file);
  const lee = await access.signIn('Lee', PASSWORDS.Lee!, 'c');
  assert.equal((await access.authorize('POST', '/api/glossary', lee.token)).mode, 'signed-in');
  rmSync(file);
  assert.equal((await refusal(access.authorize('GET', '/api/glossary', lee.token))).status, 401);
  assert.equal(access.usersInUse(), true);
});

test('a route missing from the permission table is refused, even without a users file', async () => {
  const open = new AccessControl('/nonexistent/users.json');
  assert.equal((await refusal(open.authorize('POST', '/api/not-a-route', null))).status, 403);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from '../../lib/access/password';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

test('a hash verifies its password and no other', async () => {
  const stored = await hashPassword('correct horse battery', CHEAP);
  assert.equal(await verifyPassword('correct horse battery', stored), true);
  assert.equal(await verifyPassword('correct horse batterY', stored), false);
  assert.equal(await verifyPassword('', stored), false);
});

test('each hash has its own salt and names its cost', async () => {
  const [a, b] = await Promise.all([hashPassword('same password', CHEAP), hashPassword('same password', CHEAP)]);
  assert.notEqual(a, b);
  assert.match(a, /^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
});

test('the default cost is scrypt N=2^15, r=8, and still verifies', async () => {
  const stored = await hashPassword('a longer passphrase');
  assert.match(stored, /^scrypt\$32768\$8\$1\$/);
  assert.equal(await verifyPassword('a longer passphrase', stored), true);
});

test('the same characters typed in another Unicode form match (NFC)', async () => {
  const stored = await hashPassword('caf\u00e9 au lait', CHEAP);
  assert.equal(await verifyPassword('cafe\u0301 au lait', stored), true);
});

test('a malformed or absurd stored hash never matches and never throws', async () => {
  for (const bad of ['', 'plain', 'scrypt$1024$8$1$$', 'scrypt$1000$8$1$c2FsdA$a2V5', 'scrypt$1073741824$8$1$c2FsdA$a2V5', 'bcrypt$x']) {
    assert.equal(await verifyPassword('anything', bad), false, bad);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issueSessionToken, readSessionToken, SESSION_LIFETIME_MS } from '../../lib/access/session-token';

const SECRET = 'k'.repeat(43);
const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);

test('a token reads back its name until it expires', () => {
  const { token, claims } = issueSessionToken(SECRET, 'Wang Fang', 'scrypt$hash', NOW);
  assert.equal(claims.exp, NOW + SESSION_LIFETIME_MS);
  assert.equal(readSessionToken(SECRET, token, NOW)?.name, 'Wang Fang');
  assert.equal(readSessionToken(SECRET, token, NOW + SESSION_LIFETIME_MS - 1)?.name, 'Wang Fang');
  assert.equal(readSessionToken(SECRET, token, NOW + SESSION_LIFETIME_MS), null);
});

test('a tampered token is refused: another name, a later expiry, a changed signature, another secret', () => {
  const { token } = issueSessionToken(SECRET, 'Li', 'scrypt$hash', NOW, 1000);
  const [version, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const forge = (changes: Record<string, unknown>) => `${version}.${Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url')}.${signature}`;
  assert.equal(readSessionToken(SECRET, forge({ name: 'Lead' }), NOW), null);
  assert.equal(readSessionToken(SECRET, forge({ exp: NOW + 10 ** 9 }), NOW), null);
  const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
  assert.equal(readSessionToken(SECRET, `${version}.${payload}.${flipped}`, NOW), null);
  assert.equal(readSessionToken('another-secret-'.repeat(3), token, NOW), null);
  for (const junk of ['', 'v1', 'v1..', 'v2.' + payload + '.' + signature, token + 'x', 'v1.!!!.???']) {
    assert.equal(readSessionToken(SECRET, junk, NOW), null, junk);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clearedSessionCookie, sessionCookie } from '../../app/_server/session-cookie';

test('the session cookie is HttpOnly and SameSite=Strict, and Secure over HTTPS only', () => {
  const plain = sessionCookie(new Request('http://10.0.0.5:3000/api/session'), 'v1.a.b');
  assert.match(plain, /^shenjiao_session=v1\.a\.b; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
  assert.match(sessionCookie(new Request('https://review.example/api/session'), 't'), /; Secure$/);
  const proxied = new Request('http://127.0.0.1:3000/api/session', { headers: { 'x-forwarded-proto': 'https' } });
  assert.match(sessionCookie(proxied, 't'), /; Secure$/);
  assert.match(clearedSessionCookie(proxied), /^shenjiao_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict; Secure$/);
});

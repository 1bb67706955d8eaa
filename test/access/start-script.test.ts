import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

// `npm start` refuses to serve the network without a users file (before building anything).
function start(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/start.mjs', ...args], { encoding: 'utf8', env: { ...process.env, SHENJIAO_USERS: '', HOME: '/nonexistent-home' } });
}

test('--host on a network address without a users file: refused, saying how to make one', () => {
  for (const host of ['0.0.0.0', '192.168.1.20', '::']) {
    const result = start('--host', host);
    assert.equal(result.status, 1, host);
    assert.match(result.stderr, new RegExp(`refusing to serve ${host.replace(/\./g, '\\.')}`));
    assert.match(result.stderr, /npx shenjiao user add NAME --role lead --users \/nonexistent-home\/\.config\/shenjiao\/users\.json/);
  }
});

test('--users naming a file that does not exist: refused', () => {
  const result = start('--users', '/nonexistent/users.json');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /no users file at \/nonexistent\/users\.json/);
});

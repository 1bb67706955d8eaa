import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeVersion } from '../../lib/index/code-version';
import { codeSalt } from '../../lib/index/hash';

test('cached products are keyed by a fingerprint of the engine\'s sources, found from the sources themselves', () => {
  assert.match(codeVersion(), /^[0-9a-f]{16}$/);
  assert.equal(codeVersion(), codeVersion());
  assert.ok(codeSalt().endsWith(`;code=${codeVersion()}`));
});

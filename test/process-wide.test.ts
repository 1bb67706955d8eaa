import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processWide } from '../lib/process-wide';

test('processWide makes a value once per process: a second copy of a module asking again gets the same one', () => {
  let made = 0;
  const first = processWide('test: shared value', () => ({ made: ++made }));
  // What a second bundle of the same module would do: ask under the same key with its own factory.
  const second = processWide('test: shared value', () => ({ made: ++made }));
  assert.equal(second, first);
  assert.equal(made, 1);
  assert.notEqual(processWide('test: another value', () => ({ made: 0 })), first);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FailureThrottle } from '../../lib/access/throttle';

const MINUTE = 60_000;

test('a key may fail up to the limit, then waits until its oldest failure leaves the window', () => {
  const throttle = new FailureThrottle({ limit: 3, windowMs: 10 * MINUTE });
  const t0 = 1_000_000;
  for (let i = 0; i < 3; i++) {
    assert.equal(throttle.retryAfter('wang', t0 + i * MINUTE), 0);
    throttle.recordFailure('wang', t0 + i * MINUTE);
  }
  assert.equal(throttle.retryAfter('wang', t0 + 3 * MINUTE), 7 * 60);
  assert.equal(throttle.retryAfter('wang', t0 + 10 * MINUTE - 500), 1);
  assert.equal(throttle.retryAfter('wang', t0 + 10 * MINUTE), 0);
  assert.equal(throttle.retryAfter('li', t0 + 3 * MINUTE), 0, 'other keys are not affected');
});

test('a success clears the key', () => {
  const throttle = new FailureThrottle({ limit: 2, windowMs: MINUTE });
  throttle.recordFailure('a', 0);
  throttle.recordFailure('a', 1);
  assert.ok(throttle.retryAfter('a', 2) > 0);
  throttle.clear('a');
  assert.equal(throttle.retryAfter('a', 2), 0);
});

test('a flood of keys does not grow memory past its bound', () => {
  const throttle = new FailureThrottle({ limit: 2, windowMs: MINUTE }, 100);
  for (let i = 0; i < 1000; i++) throttle.recordFailure(`name-${i}`, i);
  const size = (throttle as unknown as { failures: Map<string, number[]> }).failures.size;
  assert.ok(size <= 101, `kept ${size} keys`);
});

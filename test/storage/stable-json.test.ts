import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stableJson } from '../../lib/storage/stable-json';

describe('stableJson', () => {
  test('sorts keys at every level, leaves out undefined members and keeps array order', () => {
    const value = { b: 1, a: { d: [{ z: 1, y: undefined, x: 2 }, 3], c: 'c' }, e: undefined };
    assert.equal(stableJson(value), `${JSON.stringify({ a: { c: 'c', d: [{ x: 2, z: 1 }, 3] }, b: 1 }, null, 2)}\n`);
  });

  test('does not change the value it is given', () => {
    const value = { b: [{ d: 1, c: 2 }], a: 1 };
    const before = JSON.stringify(value);
    stableJson(value);
    assert.equal(JSON.stringify(value), before);
  });

  test('an object already sorted is written as it is; the same keys in any order give the same text', () => {
    assert.equal(stableJson({ a: 1, b: { c: [1, 2] } }), stableJson({ b: { c: [1, 2] }, a: 1 }));
    assert.equal(stableJson({ a: 1, b: null }), '{\n  "a": 1,\n  "b": null\n}\n');
  });
});

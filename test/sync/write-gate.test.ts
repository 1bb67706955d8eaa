import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enterWrite, holdWrites } from '../../lib/storage/write-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

test('a merge waits for writes under way, and writes that arrive meanwhile wait for the merge', async () => {
  const events: string[] = [];
  const release = await enterWrite();
  const merge = holdWrites(async () => {
    events.push('merge');
    await tick();
    events.push('merge done');
  });
  await tick();
  assert.equal(events.length, 0, 'the merge waits for the save under way');
  const later = enterWrite().then((done) => {
    events.push('later save');
    done();
  });
  events.push('save written');
  release();
  await Promise.all([merge, later]);
  assert.deepEqual(events, ['save written', 'merge', 'merge done', 'later save']);
});

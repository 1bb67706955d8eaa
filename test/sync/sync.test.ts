import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { clearCorpusCache } from '../../lib/corpus/corpus';
import type { AppError } from '../../lib/errors';
import { getReview, saveReviewRow } from '../../lib/review/service';
import { git } from '../../lib/sync/git';
import { mergeDriverCommand } from '../../lib/sync/merge-driver';
import { syncCorpus } from '../../lib/sync/sync';

// Two reviewers, two clones of one shared repository (a bare one on disk), the real git.
const root = mkdtempSync(path.join(os.tmpdir(), 'shenjiao-sync-'));
after(() => rmSync(root, { recursive: true, force: true }));
const remote = path.join(root, 'shared.git');
const wang = path.join(root, 'wang');
const li = path.join(root, 'li');
const ID = 'news~report';
const driverCommand = mergeDriverCommand(process.cwd());
const sync = (dir: string, reviewer: string) => syncCorpus(dir, { reviewer, driverCommand });

async function rowsOf(dir: string) {
  clearCorpusCache();
  return (await getReview(dir, ID)).rows;
}

async function save(dir: string, index: number, text: string, reviewer: string, resolves = false) {
  const row = (await rowsOf(dir))[index]!;
  return saveReviewRow(dir, ID, row.id, { text, baseRevision: row.revision, reviewer, ...(resolves ? { resolves: 'conflict' as const } : {}) });
}

describe('sync between two reviewers through a shared repository', () => {
  test('the first sync makes the corpus a repository, commits as the reviewer and pushes', async () => {
    await git(root, ['init', '--quiet', '--bare', remote]);
    mkdirSync(path.join(wang, 'news'), { recursive: true });
    writeFileSync(path.join(wang, 'news', 'report.txt'), 'The meeting was held.\n\nThe mayor spoke. Work was deployed. Everyone left.');
    await save(wang, 0, 'The meeting took place.', 'Wang');
    const result = await syncCorpus(wang, { reviewer: 'Wang', driverCommand, initRemote: remote });
    assert.equal(result.pushed, true);
    assert.equal(result.ahead, 0);
    const log = await git(wang, ['log', '-1', '--format=%an|%s']);
    assert.equal(log.trim(), 'Wang|1 correction in 1 article, 1 new article');
    assert.match(readFileSync(path.join(wang, '.gitattributes'), 'utf8'), /_shenjiao\/reviews\/\*\.json merge=shenjiao/);
    // The shared repository's HEAD names another branch than the one pushed: a fresh clone checks out nothing.
    await git(root, ['clone', '--quiet', remote, li]);
    const joined = await sync(li, 'Li');
    assert.equal(joined.behind, 0);
    assert.equal((await rowsOf(li))[0]!.text, 'The meeting took place.');
  });

  test('corrections to different rows of one article both survive, on both sides', async () => {
    await save(wang, 1, 'The Mayor spoke.', 'Wang');
    await save(li, 2, 'Tasks were assigned.', 'Li');
    await sync(wang, 'Wang');
    const second = await sync(li, 'Li');
    assert.equal(second.conflicts.length, 0);
    assert.ok(second.merged >= 1);
    await sync(wang, 'Wang');
    for (const dir of [wang, li]) {
      const texts = (await rowsOf(dir)).map((r) => r.text);
      assert.deepEqual(texts.slice(0, 3), ['The meeting took place.', 'The Mayor spoke.', 'Tasks were assigned.'], dir);
    }
  });

  test('the same row changed on both sides becomes a conflict; settled by one, the other receives it', async () => {
    await save(wang, 3, 'All went home.', 'Wang');
    await save(li, 3, 'Everybody left.', 'Li');
    await sync(wang, 'Wang');
    const merged = await sync(li, 'Li');
    assert.deepEqual(merged.conflicts.map((c) => [c.article, c.file]), [[ID, `_shenjiao/reviews/${ID}.json`]]);
    const row = (await rowsOf(li))[3]!;
    assert.deepEqual([row.conflict?.ours.text, row.conflict?.theirs.text, row.conflict?.theirs.reviewer], ['Everybody left.', 'All went home.', 'Wang']);
    await save(li, 3, 'Everyone went home.', 'Li', true);
    const settled = await sync(li, 'Li');
    assert.deepEqual(settled.conflicts, []);
    await sync(wang, 'Wang');
    const received = (await rowsOf(wang))[3]!;
    assert.equal(received.text, 'Everyone went home.');
    assert.equal(received.conflict, null);
  });

  test("git's own merge (a pull by hand) runs the registered driver from any folder", async () => {
    await save(wang, 1, 'The mayor gave a speech.', 'Wang');
    await sync(wang, 'Wang');
    await save(li, 2, 'Work was shared out.', 'Li');
    await git(li, ['commit', '--quiet', '-am', 'by hand']);
    await git(li, ['pull', '--quiet', '--no-rebase', '--no-edit'], { env: { GIT_AUTHOR_NAME: 'Li', GIT_COMMITTER_NAME: 'Li' } });
    const texts = (await rowsOf(li)).map((r) => r.text);
    assert.deepEqual(texts.slice(1, 3), ['The mayor gave a speech.', 'Work was shared out.']);
    assert.doesNotMatch(readFileSync(path.join(li, '_shenjiao', 'reviews', `${ID}.json`), 'utf8'), /<<<<<<<|>>>>>>>/);
  });

  test('a remote that is gone: the local commit is kept and the message says what to do', async () => {
    renameSync(remote, `${remote}.moved`);
    await save(wang, 0, 'The meeting was convened.', 'Wang');
    await assert.rejects(sync(wang, 'Wang'), (error: AppError) => {
      assert.equal(error.code, 'git-failed');
      assert.match(error.message, /Could not reach the remote "origin"/);
      assert.match(error.message, /committed locally/);
      assert.equal(error.details?.committed, 1);
      assert.equal(error.details?.pushed, false);
      return true;
    });
    assert.equal((await git(wang, ['log', '-1', '--format=%s'])).trim(), '1 correction in 1 article');
    assert.equal((await git(wang, ['status', '--porcelain'])).trim(), '');
    renameSync(`${remote}.moved`, remote);
  });

  test('the command line: JSON contract, exit 1 when git fails, 2 on a usage error', () => {
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { encoding: 'utf8' });
    const ok = cli('sync', '--corpus', wang, '--reviewer', 'Wang', '--json');
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(Object.keys(JSON.parse(ok.stdout)).sort(), ['ahead', 'at', 'behind', 'committed', 'conflicts', 'merged', 'message', 'pushed']);
    const plain = mkdtempSync(path.join(root, 'plain-'));
    const notRepo = cli('sync', '--corpus', plain, '--reviewer', 'Wang', '--json');
    assert.equal(notRepo.status, 1);
    assert.match(notRepo.stderr, /not a git repository.*--init --remote URL/s);
    assert.equal(cli('sync', '--corpus', wang, '--init').status, 2);
  });
});

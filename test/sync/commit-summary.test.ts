import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeChanges, type ChangeCounts } from '../../lib/sync/commit-summary';

const none: ChangeCounts = { corrections: 0, correctedArticles: 0, otherReviews: 0, glossaryEntries: 0, pairDecisions: 0, newArticles: 0, otherFiles: 0 };

test("a commit's message says what the work was, in a reviewer's words", () => {
  const cases: [Partial<ChangeCounts>, string][] = [
    [{ corrections: 3, correctedArticles: 2, glossaryEntries: 1 }, '3 corrections in 2 articles, 1 glossary entry'],
    [{ corrections: 1, correctedArticles: 1, newArticles: 1 }, '1 correction in 1 article, 1 new article'],
    [{ otherReviews: 2, pairDecisions: 2, glossaryEntries: 3 }, 'review notes in 2 articles, 3 glossary entries, 2 pair decisions'],
    [{ otherFiles: 1 }, '1 other file'],
    [{}, 'Shenjiao settings'],
  ];
  for (const [counts, message] of cases) assert.equal(describeChanges({ ...none, ...counts }), message);
});

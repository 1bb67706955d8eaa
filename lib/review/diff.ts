import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'insert' | 'delete';
  text: string;
}

/**
 * Word-level diff that keeps whitespace and punctuation as tokens of their own, so a
 * removed space ("conference. Review") or a changed comma shows as a change.
 */
export function inlineDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'same',
    text: change.value,
  }));
}

/** Each version against the one before it, oldest first; the first against the machine text. */
export function historyDiffs(mt: string, versions: { text: string }[]): DiffPart[][] {
  return versions.map((version, index) => inlineDiff(index === 0 ? mt : versions[index - 1]!.text, version.text));
}

/**
 * The whole article's correction against its MT as one diff, row after row, so a reviewer
 * reads every change in context. Rows are joined by a space, as in a paragraph.
 */
export function articleDiff(rows: { mt: string; text: string }[]): DiffPart[] {
  const parts = inlineDiff(rows.map((r) => r.mt).join(' '), rows.map((r) => r.text).join(' '));
  return parts.filter((p) => p.text.length > 0);
}

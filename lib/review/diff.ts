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

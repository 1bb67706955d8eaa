/** Post-editing effort of one correction, TER-style (without block shifts). */
export interface EditEffort {
  inserted: number;
  deleted: number;
  substituted: number;
  edits: number;
  /** Words of the corrected text: the reference the edit rate is measured against. */
  refWords: number;
  /** edits / refWords; 0 when nothing changed, 1 when as many edits as words. */
  editRate: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Word edit distance between MT and correction, split into insertions, deletions, substitutions. */
export function editEffort(mt: string, corrected: string): EditEffort {
  const a = words(mt);
  const b = words(corrected);
  const { inserted, deleted, substituted } = alignWords(a, b);
  const edits = inserted + deleted + substituted;
  return { inserted, deleted, substituted, edits, refWords: b.length, editRate: b.length ? edits / b.length : edits ? 1 : 0 };
}

/** Levenshtein over words with a backtrace that counts each kind of edit. */
function alignWords(a: string[], b: string[]): { inserted: number; deleted: number; substituted: number } {
  const cols = b.length + 1;
  const cost = new Uint32Array((a.length + 1) * cols);
  for (let j = 0; j <= b.length; j += 1) cost[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cost[i * cols] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      cost[i * cols + j] = Math.min(cost[(i - 1) * cols + j]! + 1, cost[i * cols + j - 1]! + 1, cost[(i - 1) * cols + j - 1]! + same);
    }
  }
  const counts = { inserted: 0, deleted: 0, substituted: 0 };
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = cost[i * cols + j]!;
    if (i > 0 && j > 0 && here === cost[(i - 1) * cols + j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] !== b[j - 1]) counts.substituted += 1;
      i -= 1;
      j -= 1;
    } else if (i > 0 && here === cost[(i - 1) * cols + j]! + 1) {
      counts.deleted += 1;
      i -= 1;
    } else {
      counts.inserted += 1;
      j -= 1;
    }
  }
  return counts;
}

/**
 * An article's effort: the sums over its rows, each row measured on its own (edits never
 * cross a row boundary), and the edit rate of the sums (edits / reference words), as TER
 * is reported for a document.
 */
export function articleEffort(rows: { mt: string; text: string }[]): EditEffort {
  const total = { inserted: 0, deleted: 0, substituted: 0, edits: 0, refWords: 0 };
  for (const row of rows) {
    const e = row.text === row.mt ? { inserted: 0, deleted: 0, substituted: 0, edits: 0, refWords: words(row.text).length } : editEffort(row.mt, row.text);
    total.inserted += e.inserted;
    total.deleted += e.deleted;
    total.substituted += e.substituted;
    total.edits += e.edits;
    total.refWords += e.refWords;
  }
  return { ...total, editRate: total.refWords ? total.edits / total.refWords : total.edits ? 1 : 0 };
}

/**
 * An article's id: its path inside the corpus without ".txt", folders joined by "~"
 * ("000_d1727f86196977aa", "sub~a b", "新闻~文章"). Readable, stable while the file stays
 * put, and one URL path segment after encodeURIComponent. Ids are only ever looked up in
 * the listing, never turned back into paths.
 */
export function articleIdFor(relativeFile: string): string {
  return relativeFile.replace(/\.txt$/i, '').split('/').join('~');
}

/** FNV-1a, 32 bits: a short, stable fingerprint of a path, with no dependency. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Among files that would share an id, the ".txt" file, then the first by path, keeps it plain. */
function claimOrder(a: string, b: string): number {
  const aTxt = /\.txt$/i.test(a) ? 0 : 1;
  const bTxt = /\.txt$/i.test(b) ? 0 : 1;
  return aTxt - bTxt || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Ids for all files of a corpus, unique. A clash ("a.txt" and "a", or "b/c.txt" and
 * "b~c.txt") is settled without regard to listing order: one file keeps the plain id, the
 * others get a fingerprint of their path ("a~3f2a9c1e"), so adding a file elsewhere in
 * the corpus never renames an article.
 */
export function assignIds(files: string[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const id = articleIdFor(file);
    const group = groups.get(id);
    if (group) group.push(file);
    else groups.set(id, [file]);
  }
  const ids = new Map<string, string>();
  const taken = new Set(groups.keys());
  for (const [id, group] of groups) {
    const [first, ...others] = group.sort(claimOrder);
    ids.set(first!, id);
    for (const file of others) {
      let candidate = `${id}~${fingerprint(file)}`;
      for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}~${fingerprint(file)}-${n}`;
      taken.add(candidate);
      ids.set(file, candidate);
    }
  }
  return ids;
}

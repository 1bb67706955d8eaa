/**
 * An article's id: its path inside the corpus without ".txt", folders joined by "~"
 * ("000_d1727f86196977aa", "2022~新闻 一"). Readable, stable while the file stays put,
 * and one URL path segment after encodeURIComponent.
 */
export function articleIdFor(relativeFile: string): string {
  return relativeFile.replace(/\.txt$/i, '').split('/').join('~');
}

/** Ids for sorted files; a clash ("a.txt" and "a") keeps the extension on the later one. */
export function assignIds(sortedFiles: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of sortedFiles) {
    let id = articleIdFor(file);
    if (taken.has(id)) id = file.split('/').join('~');
    let n = 2;
    while (taken.has(id)) id = `${articleIdFor(file)}~${n++}`;
    taken.add(id);
    ids.set(file, id);
  }
  return ids;
}

/** JSON with object keys sorted at every level, two-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The value with its plain objects' keys sorted and undefined members left out. Parts
 * already in that shape are returned as they are, not copied: the index writes overviews
 * of ten thousand articles, where copying everything was most of the cost of a write.
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const sorted = sortKeys(value[i]);
      if (sorted !== value[i]) (copy ??= value.slice())[i] = sorted;
    }
    return copy ?? value;
  }
  if (!value || typeof value !== 'object' || value.constructor !== Object) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let inShape = true;
  const children = keys.map((key, i) => {
    const child = record[key];
    const sorted = child === undefined ? undefined : sortKeys(child);
    if (sorted !== child || child === undefined || (i > 0 && byCodeUnit(keys[i - 1]!, key) > 0)) inShape = false;
    return sorted;
  });
  if (inShape) return value;
  const out: Record<string, unknown> = {};
  keys
    .map((key, i) => [key, children[i]] as const)
    .filter(([, child]) => child !== undefined)
    .sort(([a], [b]) => byCodeUnit(a, b))
    .forEach(([key, child]) => {
      out[key] = child;
    });
  return out;
}

import { processWide } from '../process-wide';

/** Every token pairing has seen, numbered once per process: documents keep numbers, not strings. */
interface TokenTable {
  ids: Map<string, number>;
  tokens: string[];
}

const table = processWide('pairing tokens', (): TokenTable => ({ ids: new Map(), tokens: [] }));

function idOf(token: string): number {
  let id = table.ids.get(token);
  if (id === undefined) {
    id = table.tokens.length;
    table.ids.set(token, id);
    table.tokens.push(token);
  }
  return id;
}

/** The token numbered `id`. */
export function tokenOf(id: number): string {
  return table.tokens[id]!;
}

/**
 * A document's tokens as sorted numbers into the process's token table: 4 bytes a token
 * and one copy of each string, where a Set of its own strings took some 40 (ten thousand
 * articles' evidence was most of the server's memory). Sorted, two sets meet in one merge.
 */
export class TokenSet implements Iterable<string> {
  private constructor(readonly ids: Uint32Array) {}

  static of(tokens: Iterable<string>): TokenSet {
    const ids = new Set<number>();
    for (const token of tokens) ids.add(idOf(token));
    return new TokenSet(Uint32Array.from(ids).sort());
  }

  get size(): number {
    return this.ids.length;
  }

  has(token: string): boolean {
    const id = table.ids.get(token);
    return id !== undefined && this.hasId(id);
  }

  hasId(id: number): boolean {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.ids[mid]!;
      if (at === id) return true;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Calls `each` with every token number both sets hold, in increasing order. */
  forShared(other: TokenSet, each: (id: number) => void): void {
    const a = this.ids;
    const b = other.ids;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      if (a[i]! === b[j]!) {
        each(a[i]!);
        i += 1;
        j += 1;
      } else if (a[i]! < b[j]!) i += 1;
      else j += 1;
    }
  }

  /** How many tokens both sets hold. */
  countShared(other: TokenSet): number {
    let count = 0;
    this.forShared(other, () => {
      count += 1;
    });
    return count;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const id of this.ids) yield table.tokens[id]!;
  }
}

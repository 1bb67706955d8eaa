/**
 * Aho-Corasick over UTF-16 code units: all patterns found in one left-to-right pass, so
 * matching time grows with the text, not with the number of terms.
 *
 * Overlaps are resolved leftmost-longest: of all matches, take the one starting first
 * (the longest of those), skip past it, repeat. 上党区委书记 with terms 上党区, 区委书记 and
 * 上党区委 gives 上党区委 and nothing else from those characters, on every run.
 */
export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

export interface PatternMatcher {
  /** `fold` maps each code unit before lookup (the patterns must already be folded). */
  findAll(text: string, fold?: (code: number) => number): PatternHit[];
}

const ROOT = 0;

export function buildPatternMatcher(patterns: readonly string[]): PatternMatcher {
  // One map for every edge, keyed node * 2^16 + code unit: far fewer objects than a map per node.
  const edges = new Map<number, number>();
  const depth: number[] = [0];
  const ending: number[] = [-1];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let node = ROOT;
    for (let i = 0; i < pattern.length; i += 1) {
      const key = node * 0x10000 + pattern.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = depth.length;
        depth.push(depth[node]! + 1);
        ending.push(-1);
        edges.set(key, next);
      }
      node = next;
    }
    if (ending[node] === -1) ending[node] = index; // the first of equal patterns wins
  });
  const { fail, output } = linkFailures(edges, depth.length, ending);
  return {
    findAll: (text, fold) => leftmostLongest(text, fold, { edges, fail, output, depth, ending }),
  };
}

interface Automaton {
  edges: Map<number, number>;
  fail: Int32Array;
  /** Nearest node on the failure chain (itself included) where a pattern ends; -1 if none. */
  output: Int32Array;
  depth: number[];
  ending: number[];
}

function linkFailures(edges: Map<number, number>, nodes: number, ending: number[]) {
  const children: [number, number][][] = Array.from({ length: nodes }, () => []);
  for (const [key, child] of edges) children[Math.floor(key / 0x10000)]!.push([key % 0x10000, child]);
  const fail = new Int32Array(nodes);
  const output = new Int32Array(nodes).fill(-1);
  const queue: number[] = [ROOT];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const [code, child] of children[node]!) {
      let link = node === ROOT ? ROOT : fail[node]!;
      while (node !== ROOT && link !== ROOT && !edges.has(link * 0x10000 + code)) link = fail[link]!;
      const via = node === ROOT ? undefined : edges.get(link * 0x10000 + code);
      fail[child] = via !== undefined && via !== child ? via : ROOT;
      output[child] = ending[child] !== -1 ? child : output[fail[child]!]!;
      queue.push(child);
    }
  }
  return { fail, output };
}

function leftmostLongest(text: string, fold: ((code: number) => number) | undefined, a: Automaton): PatternHit[] {
  const longestEnd = new Int32Array(text.length);
  const longestPattern = new Int32Array(text.length);
  let node = ROOT;
  for (let i = 0; i < text.length; i += 1) {
    const code = fold ? fold(text.charCodeAt(i)) : text.charCodeAt(i);
    let next = a.edges.get(node * 0x10000 + code);
    while (next === undefined && node !== ROOT) {
      node = a.fail[node]!;
      next = a.edges.get(node * 0x10000 + code);
    }
    node = next ?? ROOT;
    for (let hit = a.output[node]!; hit !== -1; hit = a.output[a.fail[hit]!]!) {
      const start = i + 1 - a.depth[hit]!;
      if (i + 1 > longestEnd[start]!) {
        longestEnd[start] = i + 1;
        longestPattern[start] = a.ending[hit]!;
      }
    }
  }
  const hits: PatternHit[] = [];
  for (let start = 0; start < text.length; ) {
    const end = longestEnd[start]!;
    if (end > 0) {
      hits.push({ pattern: longestPattern[start]!, start, end });
      start = end;
    } else start += 1;
  }
  return hits;
}

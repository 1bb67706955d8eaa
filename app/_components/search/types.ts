import type { ConcordanceRow } from '@/lib/search/rows';

/** What the search and batch APIs answer, as the page reads it. */
export type Side = 'zh' | 'mt' | 'en';
export type Span = [number, number];

/** A row as the concordance keeps it (the API sends it as it is). */
export type HitRow = ConcordanceRow;

export interface Hit {
  row: HitRow;
  spans: Span[];
  rendering: { text: string; span: Span; how: string } | null;
}

export interface SearchSummary {
  rowCount: number;
  occurrences: number;
  articleCount: number;
  searched: number;
  elapsedMs: number;
  shown: number;
  renderings: { text: string; count: number }[];
  unrendered: number;
}

export interface QueryFields {
  q: string;
  side: Side;
  regex: boolean;
  word: boolean;
  case: boolean;
}

export type BatchSource =
  | { kind: 'search'; pattern: string; replacement: string; side: 'en'; regex: boolean; wholeWord: boolean; caseSensitive: boolean; within?: string }
  | { kind: 'glossary'; entryId: string }
  | { kind: 'qa'; check: string };

export interface PlannedChange {
  article: string;
  title: string;
  row: string;
  position: number;
  baseRevision: number;
  before: string;
  after: string;
}

export interface SkippedRow {
  article: string;
  row: string;
  reason: string;
}

export interface BatchRecord {
  id: string;
  description: string;
  changed: (PlannedChange & { revision: number })[];
  skipped: SkippedRow[];
  undo: { restored: { article: string; row: string }[]; skipped: SkippedRow[] } | null;
}

/** Reads an NDJSON answer line by line as it arrives. */
export async function readLines(response: Response, onLine: (line: Record<string, unknown>) => void): Promise<void> {
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The server answered ${response.status}.`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(JSON.parse(line) as Record<string, unknown>);
  }
  if (buffer.trim()) onLine(JSON.parse(buffer) as Record<string, unknown>);
}

/** Long headlines shortened for a table cell; the whole one is in the tooltip. */
export const shortTitle = (title: string) => (title.length > 64 ? `${title.slice(0, 62)}…` : title);

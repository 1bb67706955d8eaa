'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { BatchPanel } from './batch-panel';
import { HitsTable } from './hits-table';
import { RecentBatches } from './recent-batches';
import { RenderingList } from './rendering-list';
import { readLines, type BatchSource, type Hit, type QueryFields, type SearchSummary } from './types';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const params = (f: QueryFields) => new URLSearchParams({ q: f.q, side: f.side, ...(f.regex && { regex: '1' }), ...(f.word && { word: '1' }), ...(f.case && { case: '1' }) });

/** Concordance search with streamed results, renderings of a Chinese term, and batch corrections. */
export function Concordance({ initial, batch }: { initial: QueryFields; batch: BatchSource | null }) {
  const [fields, setFields] = useState(initial);
  const [searched, setSearched] = useState<QueryFields | null>(null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [summary, setSummary] = useState<SearchSummary | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rendering, setRendering] = useState<string | null>(null);
  const [batchSource, setBatchSource] = useState<BatchSource | null>(batch);
  const [batchKey, setBatchKey] = useState(0);
  const [batchesVersion, setBatchesVersion] = useState(0);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(async (query: QueryFields) => {
    if (!query.q.trim()) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setSearched(query);
    setHits([]);
    setSummary(null);
    setError(null);
    setRendering(null);
    setProgress('Searching…');
    try {
      const response = await fetch(`/api/search?${params(query)}`, { signal: controller.signal });
      await readLines(response, (line) => {
        if (line.type === 'progress') setProgress(`Indexing… ${line.done} of ${line.total} articles`);
        if (line.type === 'hits') setHits((all) => [...all, ...(line.hits as Hit[])]);
        if (line.type === 'done') setSummary(line as unknown as SearchSummary);
        if (line.type === 'error') throw new Error(String(line.error));
      });
    } catch (e) {
      if (!controller.signal.aborted) setError((e as Error).message);
    }
    if (!controller.signal.aborted) setProgress(null);
  }, []);

  // The search in the address runs on arrival (from the header's box or a shared link).
  useEffect(() => {
    const start = setTimeout(() => void run(initial), 0);
    return () => clearTimeout(start);
  }, [initial, run]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // The address follows the search (shareable, survives reload) without asking the server for the page again.
    window.history.replaceState(null, '', `/search?${params(fields)}`);
    void run(fields);
  }

  const set = (patch: Partial<QueryFields>) => setFields((f) => ({ ...f, ...patch }));
  const shown = rendering === null ? hits : hits.filter((h) => (h.rendering?.text.toLowerCase() ?? '') === rendering.toLowerCase());
  const replaceRendering = (text: string) => {
    setBatchSource({ kind: 'search', pattern: text, replacement: '', side: 'en', regex: false, wholeWord: true, caseSensitive: false, within: searched?.side === 'zh' ? searched.q : undefined });
    setBatchKey((k) => k + 1);
  };
  const replaceHits = () => {
    if (!searched) return;
    setBatchSource({ kind: 'search', pattern: searched.q, replacement: '', side: 'en', regex: searched.regex, wholeWord: searched.word, caseSensitive: searched.case });
    setBatchKey((k) => k + 1);
  };

  return (
    <>
      <form className="toolbar search-form" role="search" aria-label="Concordance" onSubmit={submit}>
        <label>
          Search
          <input type="search" aria-label="Search for" value={fields.q} onChange={(e) => set({ q: e.target.value })} placeholder="纪委监委, Winter Olympics, \d+ million…" />
        </label>
        <label>
          In
          <select aria-label="Search in" value={fields.side} onChange={(e) => set({ side: e.target.value as QueryFields['side'] })}>
            <option value="zh">Chinese</option>
            <option value="en">English (current)</option>
            <option value="mt">MT</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={fields.word} onChange={(e) => set({ word: e.target.checked })} /> Whole words
        </label>
        <label>
          <input type="checkbox" checked={fields.regex} onChange={(e) => set({ regex: e.target.checked })} /> Regular expression
        </label>
        <label>
          <input type="checkbox" checked={fields.case} onChange={(e) => set({ case: e.target.checked })} /> Match case
        </label>
        <button type="submit">Search</button>
      </form>
      <p role="status" aria-label="Search status">
        {progress ??
          (summary
            ? `${count(summary.rowCount, 'row')} in ${count(summary.articleCount, 'article')} (${count(summary.occurrences, 'match', 'matches')}) of ${summary.searched} rows searched, in ${Math.round(summary.elapsedMs)} ms${summary.shown < summary.rowCount ? `; the first ${summary.shown} shown` : ''}`
            : hits.length
              ? `${hits.length} rows so far…`
              : '')}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {summary && searched?.side === 'zh' && summary.rowCount > 0 && (
        <RenderingList term={searched.q} renderings={summary.renderings} unrendered={summary.unrendered} selected={rendering} onSelect={setRendering} onReplace={replaceRendering} />
      )}
      {summary && searched?.side === 'en' && summary.rowCount > 0 && (
        <p>
          <button type="button" onClick={replaceHits}>
            Replace in these rows…
          </button>
        </p>
      )}
      {batchSource && (
        <BatchPanel
          key={batchKey}
          initial={batchSource}
          onApplied={() => {
            setBatchesVersion((n) => n + 1);
            if (searched) void run(searched);
          }}
        />
      )}
      {shown.length > 0 && <HitsTable hits={shown} side={searched?.side ?? 'en'} />}
      <RecentBatches version={batchesVersion} />
    </>
  );
}

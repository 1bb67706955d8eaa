'use client';

import { useEffect, useRef, useState } from 'react';
import { DiffText } from '../review/diff-text';
import { useReviewer } from '../review/use-reviewer';
import { readLines, shortTitle, type BatchRecord, type BatchSource, type PlannedChange, type SkippedRow } from './types';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const keyOf = (c: { article: string; row: string }) => `${c.article}\n${c.row}`;

/**
 * A batch correction: the source (a replacement, a glossary entry, a QA check), a preview of
 * every row it would change as diffs, each deselectable, then apply, and undo as one.
 */
export function BatchPanel({ initial, onApplied }: { initial: BatchSource; onApplied?: () => void }) {
  const [source, setSource] = useState<BatchSource>(initial);
  const [reviewer, setReviewer] = useReviewer();
  const [plan, setPlan] = useState<{ description: string; changes: PlannedChange[]; skipped: SkippedRow[] } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [record, setRecord] = useState<BatchRecord | null>(null);

  async function preview() {
    setError(null);
    setRecord(null);
    setPlan(null);
    setProgress('Preparing the preview…');
    try {
      const response = await fetch('/api/batches/preview', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source }) });
      await readLines(response, (line) => {
        if (line.type === 'progress') setProgress(`Reading articles… ${line.done} of ${line.total}`);
        if (line.type === 'error') throw new Error(String(line.error));
        if (line.type === 'plan') {
          const next = line as unknown as { description: string; changes: PlannedChange[]; skipped: SkippedRow[] };
          setPlan(next);
          setSelected(new Set(next.changes.map(keyOf)));
        }
      });
    } catch (e) {
      setError((e as Error).message);
    }
    setProgress(null);
  }

  async function apply() {
    if (!plan) return;
    setError(null);
    setProgress(`Applying ${selected.size} changes…`);
    const rows = plan.changes.filter((c) => selected.has(keyOf(c))).map(({ article, row, baseRevision }) => ({ article, row, baseRevision }));
    const response = await fetch('/api/batches', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source, reviewer, rows }) });
    const body = (await response.json()) as BatchRecord & { error?: string };
    setProgress(null);
    if (!response.ok) return setError(body.error ?? 'The batch could not be applied.');
    setRecord(body);
    setPlan(null);
    onApplied?.();
  }

  async function undo() {
    if (!record) return;
    setProgress('Undoing the batch…');
    const response = await fetch(`/api/batches/${encodeURIComponent(record.id)}/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reviewer }) });
    const body = (await response.json()) as BatchRecord & { error?: string };
    setProgress(null);
    if (!response.ok) return setError(body.error ?? 'The batch could not be undone.');
    setRecord(body);
    onApplied?.();
  }

  // Arriving from the glossary or the QA report, the preview is what the reviewer came for.
  const previewed = useRef(false);
  useEffect(() => {
    if (previewed.current || initial.kind === 'search') return;
    previewed.current = true;
    void preview();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  const toggle = (key: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <section className="batch-panel" aria-label="Batch correction">
      <h2>Batch correction</h2>
      {source.kind === 'search' ? <ReplaceFields source={source} onChange={setSource} /> : <p>{source.kind === 'qa' ? `Apply the fix of every open finding of ${source.check}.` : 'Put the approved rendering wherever a forbidden one of this glossary entry is used.'}</p>}
      <div className="toolbar">
        <label>
          Your name
          <input type="text" aria-label="Your name" value={reviewer} onChange={(e) => setReviewer(e.target.value)} placeholder="recorded with each change" />
        </label>
        <button type="button" onClick={preview} disabled={progress !== null}>
          Preview changes
        </button>
      </div>
      {progress && <p role="status">{progress}</p>}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {plan && plan.changes.length === 0 && <p role="status">{plan.description}: no row would change.</p>}
      {plan && plan.changes.length > 0 && (
        <PreviewList plan={plan} selected={selected} onToggle={toggle} onAll={(on) => setSelected(on ? new Set(plan.changes.map(keyOf)) : new Set())}>
          <button type="button" onClick={apply} disabled={selected.size === 0 || !reviewer.trim() || progress !== null}>
            Apply {selected.size} {selected.size === 1 ? 'change' : 'changes'}
          </button>
          {!reviewer.trim() && <span className="muted">Give your name to apply.</span>}
        </PreviewList>
      )}
      {record && <BatchOutcome record={record} onUndo={undo} busy={progress !== null} />}
    </section>
  );
}

function ReplaceFields({ source, onChange }: { source: Extract<BatchSource, { kind: 'search' }>; onChange: (s: BatchSource) => void }) {
  const set = (patch: Partial<typeof source>) => onChange({ ...source, ...patch });
  return (
    <div className="toolbar">
      <label>
        Find in English
        <input type="text" value={source.pattern} onChange={(e) => set({ pattern: e.target.value })} />
      </label>
      <label>
        Replace with
        <input type="text" value={source.replacement} onChange={(e) => set({ replacement: e.target.value })} />
      </label>
      <label>
        <input type="checkbox" checked={source.wholeWord} onChange={(e) => set({ wholeWord: e.target.checked })} /> Whole words
      </label>
      <label>
        <input type="checkbox" checked={source.regex} onChange={(e) => set({ regex: e.target.checked })} /> Regular expression
      </label>
      <label>
        <input type="checkbox" checked={source.caseSensitive} onChange={(e) => set({ caseSensitive: e.target.checked })} /> Match case
      </label>
      <label>
        Only where the Chinese has
        <input type="text" lang="zh" value={source.within ?? ''} onChange={(e) => set({ within: e.target.value || undefined })} />
      </label>
    </div>
  );
}

function PreviewList(props: {
  plan: { description: string; changes: PlannedChange[]; skipped: SkippedRow[] };
  selected: Set<string>;
  onToggle: (key: string, on: boolean) => void;
  onAll: (on: boolean) => void;
  children: React.ReactNode;
}) {
  const { plan, selected, onToggle, onAll, children } = props;
  const articles = new Set(plan.changes.map((c) => c.article)).size;
  return (
    <div className="batch-preview">
      <p role="status">
        {plan.description}: {count(plan.changes.length, 'row')} in {count(articles, 'article')} would change; {selected.size} selected.
        {plan.skipped.length > 0 && ` ${plan.skipped.length} rows cannot be changed automatically.`}
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => onAll(true)}>
          Select all
        </button>
        <button type="button" onClick={() => onAll(false)}>
          Select none
        </button>
        {children}
      </div>
      <table className="data" aria-label="Preview of changes">
        <thead>
          <tr>
            <th>Apply</th>
            <th>Article</th>
            <th className="num">Row</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          {plan.changes.map((c) => (
            <tr key={keyOf(c)} className={selected.has(keyOf(c)) ? undefined : 'deselected'}>
              <td>
                <input type="checkbox" aria-label={`Apply to row ${c.position} of ${c.title}`} checked={selected.has(keyOf(c))} onChange={(e) => onToggle(keyOf(c), e.target.checked)} />
              </td>
              <td className="title-cell" title={c.title}>
                {shortTitle(c.title)}
              </td>
              <td className="num">{c.position}</td>
              <td>
                <DiffText before={c.before} after={c.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.skipped.length > 0 && <SkippedList title="Not changed automatically" rows={plan.skipped} />}
    </div>
  );
}

function BatchOutcome({ record, onUndo, busy }: { record: BatchRecord; onUndo: () => void; busy: boolean }) {
  return (
    <div className="batch-outcome">
      {record.undo ? (
        <p role="status">
          Batch undone: {record.undo.restored.length} rows restored{record.undo.skipped.length ? `, ${record.undo.skipped.length} skipped (changed since the batch)` : ''}.
        </p>
      ) : (
        <p role="status">
          {record.description}: {count(record.changed.length, 'row')} changed in {count(new Set(record.changed.map((c) => c.article)).size, 'article')}
          {record.skipped.length ? `, ${record.skipped.length} skipped` : ''}. Recorded as batch {record.id}.{' '}
          <button type="button" onClick={onUndo} disabled={busy}>
            Undo this batch
          </button>
        </p>
      )}
      {record.skipped.length > 0 && !record.undo && <SkippedList title="Skipped" rows={record.skipped} />}
      {record.undo && record.undo.skipped.length > 0 && <SkippedList title="Not restored" rows={record.undo.skipped} />}
    </div>
  );
}

function SkippedList({ title, rows }: { title: string; rows: SkippedRow[] }) {
  return (
    <details open>
      <summary>
        {title} ({rows.length})
      </summary>
      <ul aria-label={title}>
        {rows.map((s) => (
          <li key={keyOf(s)}>
            {s.article}, row {s.row}: {s.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

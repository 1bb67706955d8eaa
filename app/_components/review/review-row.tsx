'use client';

import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { editEffort } from '@/lib/review/effort';
import { DiffText } from './diff-text';
import { Highlighted, type Mark } from './highlighted';
import { RowHistory } from './row-history';
import type { AnnotationView, FindingView, ReviewRowView, RowState } from './types';
import { AnnotationPanel } from './annotation-panel';
import { MergeConflict } from './merge-conflict';

export interface RowActions {
  activate(index: number): void;
  edit(index: number): void;
  stopEditing(index: number): void;
  /** Moves to another row; `edit` opens its editor. */
  move(index: number, delta: number, edit: boolean): void;
  save(index: number, text: string, state: RowState, baseRevision?: number): Promise<boolean>;
  revert(index: number, to: number | 'mt'): Promise<boolean>;
  dismiss(index: number, finding: FindingView): void;
  annotate(index: number, annotation: Omit<AnnotationView, 'id' | 'reviewer'>): Promise<void>;
  unannotate(index: number, annotationId: string): Promise<void>;
  /** Changes the row layout (only when a Chinese original is paired). */
  layout?(index: number, kind: 'merge-next' | 'split' | 'move-down' | 'move-up', side?: 'zh' | 'en'): void;
}

interface Props {
  row: ReviewRowView;
  index: number;
  active: boolean;
  editing: boolean;
  showDiff: boolean;
  focusedFinding: string | null;
  conflict: { revision: number; text: string; mine: string } | null;
  /** A save the server refused for a reason other than a conflict (disk full, read-only, signed out). */
  failure: SaveFailure | null;
  actions: RowActions;
}

export interface SaveFailure {
  text: string;
  state: RowState;
  baseRevision: number;
  error: string;
}

export const ReviewRow = memo(function ReviewRow(props: Props) {
  const { row, index, active, editing, actions } = props;
  const [draft, setDraft] = useState(row.text);
  const [rowDiff, setRowDiff] = useState<boolean | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const committing = useRef(false);
  const editor = useRef<HTMLTextAreaElement>(null);
  const itemRef = useRef<HTMLLIElement>(null);

  // A saved or reverted row restarts the draft from its new text (derived state, set in render).
  const [draftOf, setDraftOf] = useState(row.revision);
  if (draftOf !== row.revision) {
    setDraftOf(row.revision);
    setDraft(row.text);
  }
  useEffect(() => {
    if (editing) editor.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (active && !editing) itemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [active, editing]);

  const commit = async (state: RowState) => {
    committing.current = true;
    try {
      if (draft === row.text && state === row.state) return true;
      return await actions.save(index, draft, state);
    } finally {
      committing.current = false;
    }
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      if (await commit('confirmed')) actions.move(index, 1, true);
    } else if (mod && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const changed = draft !== row.text;
      if (!changed || (await commit(row.state === 'confirmed' ? 'confirmed' : 'edited'))) {
        actions.move(index, event.key === 'ArrowDown' ? 1 : -1, true);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(row.text);
      actions.stopEditing(index);
    }
  };

  const onBlur = () => {
    // After a refused save the reviewer chooses when to retry (the notice's button).
    if (committing.current || draft === row.text || props.failure) return;
    void commit('edited');
  };

  const showDiff = rowDiff ?? props.showDiff;
  const changed = row.text !== row.mt;
  const findings = row.findings.filter((f) => !f.dismissed);
  const rowNumber = index + 1;

  return (
    <li
      ref={itemRef}
      id={`row-${row.id}`}
      className={`review-row state-${row.state}${active ? ' active' : ''}${row.stale ? ' stale' : ''}${row.conflict ? ' in-conflict' : ''}`}
      aria-label={`Row ${rowNumber}`}
      data-row-id={row.id}
      onClick={() => !active && actions.activate(index)}
    >
      <div className="row-num" aria-hidden="true">
        {rowNumber}
      </div>
      <div className="zh-cell" lang="zh">
        {row.zh === null ? (
          <span className="muted">No Chinese original is paired.</span>
        ) : row.zh === '' ? (
          <span className="muted">(no Chinese sentence: the English has no counterpart here)</span>
        ) : (
          <Highlighted text={row.zh} marks={termMarks(row)} />
        )}
      </div>
      <div className="en-cell" lang="en">
        {editing ? (
          <textarea
            ref={editor}
            aria-label={`English of row ${rowNumber}`}
            value={draft}
            rows={Math.max(2, Math.ceil(draft.length / 90))}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
          />
        ) : (
          <div
            className="en-text"
            role="button"
            tabIndex={0}
            aria-label={`Edit row ${rowNumber}`}
            onClick={() => actions.edit(index)}
            onKeyDown={(e) => e.key === 'Enter' && actions.edit(index)}
          >
            {showDiff && changed ? (
              <DiffText before={row.mt} after={row.text} />
            ) : (
              <Highlighted text={row.text} marks={[...findingMarks(findings, props.focusedFinding), ...englishTermMarks(row)]} />
            )}
          </div>
        )}
        {props.conflict ? <ConflictNotice {...props} /> : null}
        {props.failure ? <SaveFailedNotice {...props} /> : null}
        {row.conflict ? <MergeConflict conflict={row.conflict} mt={row.mt} index={index} actions={actions} /> : null}
        {row.stale ? (
          <p className="notice" role="note">
            {row.stale}
          </p>
        ) : null}
        <RowTools
          {...props}
          showDiff={showDiff}
          changed={changed}
          findingCount={findings.length}
          onToggleDiff={() => setRowDiff(!showDiff)}
          onToggleHistory={() => setHistoryOpen(!historyOpen)}
        />
        <TermStatus row={row} />
        {findings.length > 0 ? <RowFindings {...props} findings={findings} /> : null}
        <AnnotationPanel row={row} index={index} actions={actions} />
        {historyOpen ? (
          <RowHistory
            mt={row.mt}
            history={row.history}
            onRevert={(to) => void actions.revert(index, to)}
          />
        ) : null}
      </div>
    </li>
  );
});

function termMarks(row: ReviewRowView): Mark[] {
  return row.terms.map((t) => ({
    start: t.start,
    end: t.end,
    className: t.forbidden.length ? 'term term-forbidden' : t.found === false ? 'term term-missing' : 'term',
    title: `${t.term} → ${t.approved.join(' / ') || '(no approved rendering)'}`,
  }));
}

/** Without a Chinese side, forbidden renderings are marked in the English itself. */
function englishTermMarks(row: ReviewRowView): Mark[] {
  if (row.zh !== null || row.text !== row.mt) return [];
  return row.terms
    .filter((t) => t.forbidden.length)
    .map((t) => ({ start: t.start, end: t.end, className: 'term term-forbidden', title: `forbidden; use ${t.approved[0] ?? '—'}` }));
}

function findingMarks(findings: FindingView[], focused: string | null): Mark[] {
  return findings
    .filter((f) => f.targetSpan)
    .map((f) => ({
      start: f.targetSpan![0],
      end: f.targetSpan![1],
      className: f.key === focused ? 'finding-span focused' : 'finding-span',
      title: f.message,
    }));
}

function RowTools(
  props: Props & { showDiff: boolean; changed: boolean; findingCount: number; onToggleDiff(): void; onToggleHistory(): void },
) {
  const { row } = props;
  return (
    <div className="row-tools">
      <span className={`state-badge state-${row.state}`}>{row.state}</span>
      {row.conflict ? <span className="state-badge conflict-badge">two versions</span> : null}
      {row.revision > 0 ? (
        <span className="muted">
          r{row.revision} · {row.reviewer ?? ''}
        </span>
      ) : null}
      {props.changed ? <RowEffort mt={row.mt} text={row.text} /> : null}
      {props.findingCount > 0 ? (
        <span className="qa-badge" title="QA findings on this row">
          {props.findingCount} QA
        </span>
      ) : null}
      {props.changed ? (
        <button type="button" aria-pressed={props.showDiff} onClick={props.onToggleDiff}>
          {props.showDiff ? 'Clean' : 'Changes'}
        </button>
      ) : null}
      {row.history.length > 0 ? (
        <button type="button" onClick={props.onToggleHistory}>
          History ({row.history.length})
        </button>
      ) : null}
      {props.actions.layout ? <RowMenu index={props.index} layout={props.actions.layout} /> : null}
    </div>
  );
}

/** Post-editing effort of the row: words inserted, deleted, substituted, and the edit rate. */
function RowEffort({ mt, text }: { mt: string; text: string }) {
  const e = editEffort(mt, text);
  return (
    <span className="muted" title="words inserted, deleted, substituted; edit rate = edits / words of the correction">
      +{e.inserted} −{e.deleted} ~{e.substituted} · {(e.editRate * 100).toFixed(0)}%
    </span>
  );
}

function TermStatus({ row }: { row: ReviewRowView }) {
  const checked = row.terms.filter((t) => t.found !== null || t.forbidden.length);
  if (checked.length === 0) return null;
  return (
    <ul className="term-status" aria-label="Glossary terms">
      {checked.map((t) => (
        <li key={`${t.start}-${t.term}`} className={t.forbidden.length ? 'bad' : t.found ? 'ok' : 'warn'}>
          <span lang="zh">{t.term}</span> →{' '}
          {t.forbidden.length
            ? `forbidden "${t.forbidden.join('", "')}" used; use ${t.approved[0] ?? '—'}`
            : t.found
              ? `${t.approved[0]} ✓`
              : `missing: ${t.approved.join(' / ')}`}
        </li>
      ))}
    </ul>
  );
}

function RowFindings(props: Props & { findings: FindingView[] }) {
  const { row, index, actions } = props;
  const apply = (f: FindingView) => {
    if (!f.fix) return;
    const [s, e] = f.fix.span;
    void actions.save(index, row.text.slice(0, s) + f.fix.replacement + row.text.slice(e), 'edited');
  };
  return (
    <ul className="row-findings" aria-label={`QA findings of row ${index + 1}`}>
      {props.findings.map((f) => (
        <li key={f.key} className={`sev-${f.severity}${f.key === props.focusedFinding ? ' focused' : ''}`}>
          <span className="sev">{f.severity}</span> {f.message}{' '}
          {f.fix ? (
            <button type="button" onClick={() => apply(f)}>
              Apply fix
            </button>
          ) : null}{' '}
          <button type="button" onClick={() => actions.dismiss(index, f)}>
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}

function ConflictNotice(props: Props) {
  const { conflict, index, actions } = props;
  if (!conflict) return null;
  return (
    <div className="conflict" role="alert">
      <p>
        Someone else saved this row (revision {conflict.revision}) while you were editing. Their text:
      </p>
      <blockquote>{conflict.text}</blockquote>
      <button type="button" onClick={() => actions.stopEditing(index)}>
        Keep theirs
      </button>{' '}
      <button type="button" onClick={() => void actions.save(index, conflict.mine, 'edited', conflict.revision)}>
        Replace with mine
      </button>
    </div>
  );
}

/** The reviewer's text is kept (in the editor and here) until a retry saves it. */
function SaveFailedNotice(props: Props) {
  const { failure, index, actions } = props;
  if (!failure) return null;
  return (
    <div className="save-failed" role="alert">
      <p>
        Not saved: {failure.error} Your text is kept:
      </p>
      <blockquote>{failure.text}</blockquote>
      <button type="button" onClick={() => void actions.save(index, failure.text, failure.state, failure.baseRevision)}>
        Retry save
      </button>
    </div>
  );
}

function RowMenu({ index, layout }: { index: number; layout: NonNullable<RowActions['layout']> }) {
  return (
    <details className="row-menu">
      <summary aria-label={`Rows menu of row ${index + 1}`}>Rows</summary>
      <div className="row-menu-items">
        <button type="button" onClick={() => layout(index, 'merge-next')}>
          Merge with next row
        </button>
        <button type="button" onClick={() => layout(index, 'split')}>
          Split this row
        </button>
        <button type="button" onClick={() => layout(index, 'move-down', 'en')}>
          Move last English sentence down
        </button>
        <button type="button" onClick={() => layout(index, 'move-up', 'en')}>
          Move first English sentence up
        </button>
        <button type="button" onClick={() => layout(index, 'move-down', 'zh')}>
          Move last Chinese sentence down
        </button>
        <button type="button" onClick={() => layout(index, 'move-up', 'zh')}>
          Move first Chinese sentence up
        </button>
      </div>
    </details>
  );
}

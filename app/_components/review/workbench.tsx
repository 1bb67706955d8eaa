'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LEAD_ARTICLE_STATES } from '@/lib/access/permissions';
import { dismissFinding, revertRow, saveRow, setArticleState, type SaveResult } from './api';
import { FindingsPanel } from './findings-panel';
import { ReviewRow, type RowActions, type SaveFailure } from './review-row';
import type { AnnotationView, ArticleState, FindingView, ReviewRowView, ReviewView, RowState } from './types';
import { useReviewer } from './use-reviewer';
import { useMayDo, useSession } from '../session';
import { ReviewSummary } from './review-summary';
import { TermFromSelection } from './term-from-selection';
import { UnattachedCorrections } from './unattached-corrections';

type Conflict = { revision: number; text: string; mine: string };

const ARTICLE_STATES: ArticleState[] = ['not-started', 'in-review', 'reviewed', 'approved'];

export function ReviewWorkbench({ initial }: { initial: ReviewView }) {
  const [rows, setRows] = useState(initial.rows);
  const [articleState, setState] = useState(initial.state);
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [showDiff, setShowDiff] = useState(true);
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const [failures, setFailures] = useState<Record<string, SaveFailure>>({});
  const [focusedFinding, setFocusedFinding] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [reviewer, setReviewer, signedIn] = useReviewer();
  const readOnly = useSession()?.role === 'viewer';
  const lead = useMayDo('lead');
  // Handlers read the latest rows and name through refs, so the row components' props stay
  // stable and typing in one row does not re-render the others.
  const rowsRef = useRef(rows);
  // One save per row at a time: leaving the editor to press "Retry save" saves on blur
  // already, and a second identical save would only come back as a conflict with itself.
  const saving = useRef(new Set<string>());
  const reviewerRef = useRef(reviewer);
  useEffect(() => {
    rowsRef.current = rows;
    reviewerRef.current = reviewer;
  }, [rows, reviewer]);

  const replaceRow = useCallback((index: number, row: ReviewRowView) => {
    setRows((current) => current.map((r, i) => (i === index ? row : r)));
  }, []);

  const hasReviewer = useCallback(() => {
    if (!reviewerRef.current) setMessage('Enter your name first: it is recorded with every change.');
    return Boolean(reviewerRef.current);
  }, []);

  /** Takes the server's answer to a save or revert: the re-checked row, or a conflict kept beside the draft. */
  const settle = useCallback(
    (index: number, row: ReviewRowView, result: SaveResult, mine: string, attempt: Omit<SaveFailure, 'error'> | null): boolean => {
      if (result.ok) {
        setFailures((f) => dropKey(f, row.id));
        const saved = { ...row, ...pickStored(result.row) };
        rowsRef.current = rowsRef.current.map((r, i) => (i === index ? saved : r));
        replaceRow(index, saved);
        setConflicts((c) => dropKey(c, row.id));
        setMessage(`Row ${index + 1} saved (${result.row.state}).`);
        return true;
      }
      if ('conflict' in result) {
        setConflicts((c) => ({ ...c, [row.id]: { ...result.conflict, mine } }));
        replaceRow(index, { ...row, text: result.conflict.text, revision: result.conflict.revision });
        setMessage(`Row ${index + 1} was changed by someone else: not saved.`);
        return false;
      }
      if (attempt) setFailures((f) => ({ ...f, [row.id]: { ...attempt, error: result.error } }));
      setMessage(`Row ${index + 1} not saved: ${result.error}`);
      return false;
    },
    [replaceRow],
  );

  const actions: RowActions = useMemo(
    () => ({
      activate: (index) => setActive(index),
      edit: (index) => {
        if (readOnly) {
          setMessage('You are signed in as a viewer: you can read this review, not change it.');
          return;
        }
        if (!reviewerRef.current) {
          setMessage('Enter your name first: it is recorded with every change.');
          document.getElementById('reviewer-name')?.focus();
          return;
        }
        setActive(index);
        setEditing(index);
      },
      stopEditing: (index) => {
        setEditing(null);
        setActive(index);
        setConflicts((c) => dropKey(c, rowsRef.current[index]?.id));
      },
      move: (index, delta, edit) => {
        const next = Math.min(Math.max(index + delta, 0), rowsRef.current.length - 1);
        setActive(next);
        setEditing(edit ? next : null);
      },
      save: async (index, text, state: RowState, baseRevision) => {
        const row = rowsRef.current[index];
        if (!row || !hasReviewer() || saving.current.has(row.id)) return false;
        const base = baseRevision ?? row.revision;
        // A save on a row in merge conflict is made looking at both versions: it settles the conflict.
        const resolves = row.conflict ? { resolves: 'conflict' as const } : {};
        saving.current.add(row.id);
        try {
          const result = await saveRow(initial.enId, row.id, { text, baseRevision: base, reviewer: reviewerRef.current, state, ...resolves }).catch(unreachable);
          return settle(index, row, result, text, { text, state, baseRevision: base });
        } finally {
          saving.current.delete(row.id);
        }
      },
      revert: async (index, to) => {
        const row = rowsRef.current[index];
        if (!row || !hasReviewer()) return false;
        const result = await revertRow(initial.enId, row.id, { to, baseRevision: row.revision, reviewer: reviewerRef.current }).catch(unreachable);
        return settle(index, row, result, row.text, null);
      },
      layout: initial.zhId
        ? (index, kind, side) => {
            void fetch(`/api/articles/${encodeURIComponent(initial.enId)}/layout`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ kind, row: index, ...(side ? { side } : {}) }),
            }).then(async (response) => {
              if (response.ok) window.location.reload();
              else setMessage(((await response.json()) as { error: string }).error);
            });
          }
        : undefined,
      annotate: async (index, annotation) => {
        const row = rowsRef.current[index];
        if (!row) return;
        const who = reviewerRef.current || 'anonymous';
        const response = await fetch(`/api/articles/${encodeURIComponent(initial.enId)}/rows/${encodeURIComponent(row.id)}/annotations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...annotation, reviewer: who }),
        });
        const body = (await response.json()) as AnnotationView & { error?: string };
        if (!response.ok) return setMessage(body.error ?? 'Not saved.');
        replaceRow(index, { ...row, annotations: [...row.annotations, { ...annotation, id: body.id, reviewer: who }] });
        setMessage(`Error marked on row ${index + 1}.`);
      },
      unannotate: async (index, annotationId) => {
        const row = rowsRef.current[index];
        if (!row) return;
        const url = `/api/articles/${encodeURIComponent(initial.enId)}/rows/${encodeURIComponent(row.id)}/annotations/${encodeURIComponent(annotationId)}`;
        const response = await fetch(url, { method: 'DELETE' });
        if (!response.ok) return setMessage('Not removed.');
        replaceRow(index, { ...row, annotations: row.annotations.filter((a) => a.id !== annotationId) });
      },
      dismiss: (index, finding: FindingView) => {
        const row = rowsRef.current[index];
        if (!row) return;
        void dismissFinding(initial.enId, row.id, finding.key, reviewerRef.current || 'anonymous').then((error) => {
          if (error) return setMessage(error);
          replaceRow(index, {
            ...row,
            findings: row.findings.map((f) => (f.key === finding.key ? { ...f, dismissed: true } : f)),
          });
        });
      },
    }),
    [initial.enId, initial.zhId, replaceRow, hasReviewer, settle, readOnly],
  );

  const onPageKey = (event: React.KeyboardEvent) => {
    if (editing !== null || !(event.ctrlKey || event.metaKey)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      actions.move(active, event.key === 'ArrowDown' ? 1 : -1, false);
    }
  };

  const changeState = async (state: ArticleState) => {
    const error = await setArticleState(initial.enId, state, reviewer || 'anonymous');
    if (error) setMessage(error);
    else setState(state);
  };

  const jumpToFinding = (rowIndex: number, key: string) => {
    setActive(rowIndex);
    setEditing(null);
    setFocusedFinding(key);
    document.getElementById(`row-${rows[rowIndex]?.id}`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="workbench" onKeyDown={onPageKey}>
      <div className="toolbar review-toolbar">
        <label>
          Reviewer
          <input
            id="reviewer-name"
            type="text"
            value={reviewer}
            placeholder="your name"
            maxLength={80}
            readOnly={signedIn}
            title={signedIn ? 'You are signed in: every change is recorded under this name.' : undefined}
            onChange={(e) => setReviewer(e.target.value)}
          />
        </label>
        <label>
          Article state
          <select value={articleState} disabled={readOnly} onChange={(e) => void changeState(e.target.value as ArticleState)}>
            {ARTICLE_STATES.map((s) => (
              <option key={s} value={s} disabled={!lead && LEAD_ARTICLE_STATES.includes(s)}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={showDiff} onChange={(e) => setShowDiff(e.target.checked)} />
          Show changes
        </label>
        <span role="status" aria-live="polite" className="muted">
          {message}
        </span>
      </div>
      <ReviewSummary rows={rows} enId={initial.enId} sourceSize={initial.sourceSize} />
      <UnattachedCorrections corrections={initial.unattached} />
      <TermFromSelection reviewer={reviewer} />
      <div className="review-layout">
        <ol className="review-rows" aria-label="Aligned rows">
          {rows.map((row, index) => (
            <ReviewRow
              key={row.id}
              row={row}
              index={index}
              active={index === active}
              editing={index === editing}
              showDiff={showDiff}
              focusedFinding={index === active ? focusedFinding : null}
              conflict={conflicts[row.id] ?? null}
              failure={failures[row.id] ?? null}
              actions={actions}
            />
          ))}
        </ol>
        <FindingsPanel rows={rows} onJump={jumpToFinding} />
      </div>
    </div>
  );
}

/** A save that never reached the server (network down, server stopped) is a failure like any other. */
function unreachable(): SaveResult {
  return { ok: false, error: 'The server could not be reached.' };
}

function dropKey<T>(record: Record<string, T>, key: string | undefined): Record<string, T> {
  if (!key || !(key in record)) return record;
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/** The parts of a saved row the server owns. */
function pickStored(row: ReviewRowView): Partial<ReviewRowView> {
  const { text, state, revision, reviewer, updatedAt, stale, conflict, history, terms, findings, annotations } = row;
  return { text, state, revision, reviewer, updatedAt, stale, conflict: conflict ?? null, history, ...(terms ? { terms } : {}), ...(findings ? { findings } : {}), ...(annotations ? { annotations } : {}) };
}

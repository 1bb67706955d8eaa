'use client';

import { useState } from 'react';
import type { EntryInput, GlossaryRow } from './types';

const split = (value: string) =>
  value
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** The fields of one entry, for adding a new one or editing one in place. */
export function EntryForm({
  initial,
  label,
  onSubmit,
  onCancel,
}: {
  initial?: GlossaryRow;
  label: string;
  onSubmit: (input: EntryInput) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [zh, setZh] = useState(initial?.zh ?? '');
  const [approved, setApproved] = useState(initial?.approved.join(' | ') ?? '');
  const [forbidden, setForbidden] = useState(initial?.forbidden.join(' | ') ?? '');
  const [tags, setTags] = useState(initial?.tags.join(' | ') ?? '');
  const [pos, setPos] = useState(initial?.pos ?? '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [caseSensitive, setCaseSensitive] = useState(initial?.caseSensitive ?? false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const ok = await onSubmit({
      zh: zh.trim(),
      approved: split(approved),
      forbidden: split(forbidden),
      tags: split(tags.replace(/,/g, '|')),
      pos: pos.trim() || null,
      note: note.trim() || null,
      caseSensitive,
    });
    if (ok && !initial) {
      setZh('');
      setApproved('');
      setForbidden('');
      setNote('');
    }
  };

  return (
    <form className="entry-form" aria-label={label} onSubmit={submit}>
      <label>
        Chinese term
        <input type="text" lang="zh" required value={zh} onChange={(e) => setZh(e.target.value)} />
      </label>
      <label>
        Approved English (preferred first, | between)
        <input type="text" value={approved} onChange={(e) => setApproved(e.target.value)} />
      </label>
      <label>
        Forbidden renderings
        <input type="text" value={forbidden} onChange={(e) => setForbidden(e.target.value)} />
      </label>
      <label>
        Tags
        <input type="text" value={tags} placeholder="person | place" onChange={(e) => setTags(e.target.value)} />
      </label>
      <label>
        Part of speech
        <input type="text" value={pos} size={6} onChange={(e) => setPos(e.target.value)} />
      </label>
      <label>
        Note
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Case-sensitive
      </label>
      <button type="submit">{initial ? 'Save entry' : 'Add entry'}</button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </form>
  );
}

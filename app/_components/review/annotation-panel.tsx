'use client';

import { useState } from 'react';
import { MQM_CATEGORY_NAMES } from '@/lib/qa/mqm';
import type { RowActions } from './review-row';
import type { ReviewRowView } from './types';

/**
 * MQM annotation of a row: select the erroneous words in the English (or, for an omission,
 * in the Chinese), then mark them with a category and severity.
 */
export function AnnotationPanel({ row, index, actions }: { row: ReviewRowView; index: number; actions: RowActions }) {
  const [open, setOpen] = useState(false);
  const [side, setSide] = useState<'target' | 'source'>('target');
  const [span, setSpan] = useState<[number, number]>([0, row.text.length]);
  const [category, setCategory] = useState('Accuracy/Mistranslation');
  const [severity, setSeverity] = useState<'major' | 'minor'>('minor');
  const [note, setNote] = useState('');

  const start = () => {
    const selected = window.getSelection()?.toString() ?? '';
    const inEnglish = selected ? row.text.indexOf(selected) : -1;
    const inChinese = selected && row.zh ? row.zh.indexOf(selected) : -1;
    if (inEnglish >= 0) (setSide('target'), setSpan([inEnglish, inEnglish + selected.length]));
    else if (inChinese >= 0) (setSide('source'), setSpan([inChinese, inChinese + selected.length]));
    else (setSide('target'), setSpan([0, row.text.length]));
    setOpen(true);
  };
  const text = side === 'target' ? row.text : (row.zh ?? '');
  const save = async () => {
    await actions.annotate(index, { side, span, category, severity, note: note.trim() || null });
    setOpen(false);
    setNote('');
  };

  return (
    <div className="annotations">
      {row.annotations.map((a) => (
        <div key={a.id} className={`annotation sev-${a.severity}`}>
          <span className="sev">{a.severity}</span> {a.category}: “{(a.side === 'target' ? row.text : (row.zh ?? '')).slice(a.span[0], a.span[1])}”
          {a.note ? ` — ${a.note}` : ''} <span className="muted">({a.reviewer})</span>{' '}
          <button type="button" aria-label={`Remove annotation ${a.category}`} onClick={() => void actions.unannotate(index, a.id)}>
            Remove
          </button>
        </div>
      ))}
      {open ? (
        <div className="annotation-form" role="group" aria-label={`Mark an error in row ${index + 1}`}>
          <span>
            {side === 'target' ? 'English' : 'Chinese'}: “{text.slice(span[0], span[1])}”
          </span>
          <label>
            Category
            <select value={category} onChange={(e) => setCategory(e.target.value)}>
              {MQM_CATEGORY_NAMES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label>
            Severity
            <select value={severity} onChange={(e) => setSeverity(e.target.value as 'major' | 'minor')}>
              <option value="minor">minor</option>
              <option value="major">major</option>
            </select>
          </label>
          <label>
            Note
            <input type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="button" onClick={() => void save()}>
            Save error
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="mark-error" onMouseDown={(e) => e.preventDefault()} onClick={start}>
          Mark error
        </button>
      )}
    </div>
  );
}

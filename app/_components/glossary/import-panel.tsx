'use client';

import { useState } from 'react';
import { applyImport, previewImport } from './api';

type PreviewRow = { line: number; zh: string | null; action: string; error: string | null };

/** Import CSV, TSV or TBX: a preview with per-row errors first, then apply. */
export function ImportPanel({ reviewer }: { reviewer: string }) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState('csv');
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [message, setMessage] = useState('');

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    const ext = file.name.split('.').pop()?.toLowerCase();
    if (ext === 'tsv' || ext === 'tbx' || ext === 'csv') setFormat(ext);
    setPreview(null);
  };
  const runPreview = async () => {
    const answer = await previewImport(text, format);
    if (!answer.ok) return setMessage(answer.error);
    setPreview(answer.value.rows);
    setMessage('');
  };
  const runApply = async () => {
    const answer = await applyImport(text, format, reviewer);
    if (!answer.ok) return setMessage(answer.error);
    const { added, updated, rejected } = answer.value;
    setMessage(`Imported: ${added} added, ${updated} updated, ${rejected} rejected. Reload to see them.`);
    setPreview(null);
  };

  return (
    <section className="import-panel" aria-label="Import glossary">
      <h2>Import</h2>
      <div className="toolbar">
        <label>
          File
          <input type="file" accept=".csv,.tsv,.tbx,.xml,.txt" onChange={(e) => void loadFile(e.target.files?.[0])} />
        </label>
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="csv">CSV</option>
            <option value="tsv">TSV</option>
            <option value="tbx">TBX</option>
          </select>
        </label>
        <button type="button" disabled={!text} onClick={() => void runPreview()}>
          Preview
        </button>
        <button type="button" disabled={!preview || preview.every((r) => r.error)} onClick={() => void runApply()}>
          Apply import
        </button>
        <span role="status" className="muted">
          {message}
        </span>
      </div>
      <label className="block-label">
        Or paste the file&apos;s text
        <textarea rows={4} value={text} onChange={(e) => (setText(e.target.value), setPreview(null))} />
      </label>
      {preview ? (
        <table className="data" aria-label="Import preview">
          <thead>
            <tr>
              <th>Line</th>
              <th>Term</th>
              <th>Action</th>
              <th>Problem</th>
            </tr>
          </thead>
          <tbody>
            {preview.map((row) => (
              <tr key={row.line} className={row.error ? 'rejected' : undefined}>
                <td className="num">{row.line}</td>
                <td lang="zh">{row.zh ?? '—'}</td>
                <td>{row.error ? 'rejected' : row.action}</td>
                <td className="error-text">{row.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

import type { EntryInput, GlossaryRow } from './types';

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

async function call<T>(url: string, method: string, body?: unknown): Promise<Answer<T>> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!response.ok) return { ok: false, error: json?.error ?? `The server answered ${response.status}.` };
  return { ok: true, value: json as T };
}

export const addEntry = (input: EntryInput, reviewer: string) =>
  call<{ entry: GlossaryRow }>('/api/glossary', 'POST', { ...input, reviewer });

export const updateEntry = (id: string, input: EntryInput, baseUpdatedAt: string | null, reviewer: string) =>
  call<{ entry: GlossaryRow }>(`/api/glossary/${encodeURIComponent(id)}`, 'PUT', { ...input, baseUpdatedAt, reviewer });

export const deleteEntry = (id: string, updatedAt: string | null) =>
  call<{ entry: GlossaryRow }>(`/api/glossary/${encodeURIComponent(id)}${updatedAt ? `?base=${encodeURIComponent(updatedAt)}` : ''}`, 'DELETE');

export const previewImport = (text: string, format: string) =>
  call<{ rows: { line: number; zh: string | null; action: string; error: string | null }[] }>('/api/glossary/import', 'POST', {
    text,
    format,
    apply: false,
  });

export const applyImport = (text: string, format: string, reviewer: string) =>
  call<{ added: number; updated: number; rejected: number }>('/api/glossary/import', 'POST', { text, format, apply: true, reviewer });

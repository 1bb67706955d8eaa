import type { ArticleState, ReviewRowView, RowState } from './types';

export type SaveResult =
  | { ok: true; row: ReviewRowView }
  | { ok: false; conflict: { revision: number; text: string } }
  | { ok: false; error: string };

function rowUrl(enId: string, rowId: string, suffix = ''): string {
  return `/api/articles/${encodeURIComponent(enId)}/rows/${encodeURIComponent(rowId)}${suffix}`;
}

async function send(url: string, method: string, body: unknown): Promise<Response> {
  return fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  return body?.error ?? `The server answered ${response.status}.`;
}

export async function saveRow(
  enId: string,
  rowId: string,
  input: { text: string; baseRevision: number; reviewer: string; state?: RowState; resolves?: 'conflict' },
): Promise<SaveResult> {
  return rowResult(await send(rowUrl(enId, rowId), 'PUT', input));
}

/** Back to the machine translation or an earlier revision; a new revision, refused (409) when stale. */
export async function revertRow(enId: string, rowId: string, input: { to: number | 'mt'; baseRevision: number; reviewer: string }): Promise<SaveResult> {
  return rowResult(await send(rowUrl(enId, rowId, '/revert'), 'POST', input));
}

async function rowResult(response: Response): Promise<SaveResult> {
  if (response.status === 409) {
    const body = (await response.json()) as { revision: number; text: string };
    return { ok: false, conflict: { revision: body.revision, text: body.text } };
  }
  if (!response.ok) return { ok: false, error: await errorOf(response) };
  const body = (await response.json()) as { revision: number; row: ReviewRowView };
  return { ok: true, row: body.row };
}

export async function dismissFinding(enId: string, rowId: string, key: string, reviewer: string): Promise<string | null> {
  const response = await send(rowUrl(enId, rowId, '/dismissals'), 'POST', { key, reviewer });
  return response.ok ? null : errorOf(response);
}

export async function setArticleState(enId: string, state: ArticleState, reviewer: string): Promise<string | null> {
  const response = await send(`/api/articles/${encodeURIComponent(enId)}/review`, 'PUT', { state, reviewer });
  return response.ok ? null : errorOf(response);
}

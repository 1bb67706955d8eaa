import { z } from 'zod';
import { applyImport, parseGlossaryFile, previewImport, summariseImport } from '@/lib/glossary/import';
import { readGlossary } from '@/lib/glossary/store';
import { corpusDir } from '../../../_server/corpus';
import { assertSameOrigin, handle, readJsonBody } from '../../../_server/http';
import { serverIndex } from '../../../_server/index';

const Body = z.object({
  text: z.string().min(1, 'The file is empty.').max(200_000, 'Import at most 200 KB at a time.'),
  format: z.enum(['csv', 'tsv', 'tbx']),
  apply: z.boolean().default(false),
  reviewer: z.string().trim().min(1).max(80).default('anonymous'),
});

/** Previews an import (per-row actions and errors) or applies it. */
export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  const body = await readJsonBody(request, Body);
  const parsed = parseGlossaryFile(body.text, body.format);
  const preview = body.apply ? await applyImport(corpusDir(), parsed, { by: body.reviewer }) : previewImport(await readGlossary(corpusDir()), parsed);
  const rows = preview.rows.map((r) => ({ line: r.line, zh: r.entry?.zh ?? null, action: r.action, error: r.error ?? null }));
  if (!body.apply) return Response.json({ rows });
  const summary = summariseImport(preview);
  serverIndex().changed();
  return Response.json({ added: summary.add, updated: summary.update, rejected: summary.reject, rows });
});

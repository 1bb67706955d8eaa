import { z } from 'zod';
import { ROW_STATES } from '../../review/types';
import { SEARCH_SIDES } from '../match';

/** Where a batch came from: a search and replace, a glossary entry, or a QA check's fixes. */
export const BatchSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('search'),
    pattern: z.string().min(1).max(500),
    replacement: z.string().max(500),
    side: z.enum(SEARCH_SIDES).default('en'),
    regex: z.boolean().default(false),
    wholeWord: z.boolean().default(false),
    caseSensitive: z.boolean().default(false),
    /** Only rows whose Chinese contains this (folded across scripts): "where it renders 冬奥". */
    within: z.string().trim().max(500).optional(),
  }),
  z.object({ kind: z.literal('glossary'), entryId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('qa'), check: z.string().min(1).max(100) }),
]);
export type BatchSource = z.infer<typeof BatchSourceSchema>;

/** One row a batch would change: where, from what (at which revision), to what. */
export const PlannedChangeSchema = z.object({
  article: z.string().min(1).max(200),
  title: z.string().max(1000).default(''),
  row: z.string().min(1).max(100),
  position: z.number().int().min(0).default(0),
  baseRevision: z.number().int().min(0),
  before: z.string().max(10_000),
  after: z.string().max(10_000),
  stateBefore: z.enum(ROW_STATES),
});
export type PlannedChange = z.infer<typeof PlannedChangeSchema>;

export const SkippedRowSchema = z.object({ article: z.string(), row: z.string(), reason: z.string() });
export type SkippedRow = z.infer<typeof SkippedRowSchema>;

/** A change as applied: the revision it made, which undo checks the row still holds. */
export const AppliedChangeSchema = PlannedChangeSchema.extend({ revision: z.number().int().min(1) });
export type AppliedChange = z.infer<typeof AppliedChangeSchema>;

/**
 * A batch record, `<corpus>/_shenjiao/batches/<id>.json`: what was asked, every row changed
 * (before and after), every row skipped and why, and its undo once undone.
 */
export const BatchRecordSchema = z.object({
  schema: z.literal(1),
  id: z.string(),
  source: BatchSourceSchema,
  description: z.string(),
  reviewer: z.string(),
  at: z.string(),
  changed: z.array(AppliedChangeSchema),
  skipped: z.array(SkippedRowSchema),
  undo: z
    .object({
      reviewer: z.string(),
      at: z.string(),
      restored: z.array(z.object({ article: z.string(), row: z.string() })),
      skipped: z.array(SkippedRowSchema),
    })
    .nullable(),
});
export type BatchRecord = z.infer<typeof BatchRecordSchema>;

export const ReviewerSchema = z.string().trim().min(1, 'Give your name: it is recorded with every change.').max(80);

export const ApplyBatchSchema = z.object({
  source: BatchSourceSchema,
  reviewer: ReviewerSchema,
  changes: z.array(PlannedChangeSchema).min(1, 'Select at least one row to change.').max(20_000),
});
export type ApplyBatchInput = z.infer<typeof ApplyBatchSchema>;

/** What the page sends to apply a preview: the rows kept selected, each at the revision it was previewed at. */
export const ApplySelectionSchema = z.object({
  source: BatchSourceSchema,
  reviewer: ReviewerSchema,
  rows: z
    .array(z.object({ article: z.string().min(1).max(200), row: z.string().min(1).max(100), baseRevision: z.number().int().min(0) }))
    .min(1, 'Select at least one row to change.')
    .max(20_000),
});
export type ApplySelectionInput = z.infer<typeof ApplySelectionSchema>;

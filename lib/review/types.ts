import { z } from 'zod';

export const ROW_STATES = ['untouched', 'edited', 'confirmed'] as const;
export const ARTICLE_STATES = ['not-started', 'in-review', 'reviewed', 'approved'] as const;
export type RowState = (typeof ROW_STATES)[number];
export type ArticleState = (typeof ARTICLE_STATES)[number];

const VersionSchema = z.object({
  revision: z.number().int().min(1),
  text: z.string(),
  state: z.enum(ROW_STATES),
  reviewer: z.string(),
  at: z.string(),
});

const DismissalSchema = z.object({ key: z.string(), check: z.string(), reviewer: z.string(), at: z.string() });

const AnnotationSchema = z.object({
  id: z.string(),
  side: z.enum(['source', 'target']),
  span: z.tuple([z.number().int(), z.number().int()]),
  category: z.string(),
  severity: z.enum(['major', 'minor']),
  note: z.string().nullable(),
  reviewer: z.string(),
  at: z.string(),
});

/** One side of a merge conflict on a row: a version as a reviewer left it. */
const ConflictSideSchema = z.object({
  text: z.string(),
  state: z.enum(ROW_STATES),
  reviewer: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

/**
 * Two reviewers changed the same row since their common version (found when their work was
 * merged through git). Both versions are kept until one reviewer keeps one or writes a third;
 * `lastConfirmed` is the text both last agreed on as confirmed, which exports use meanwhile.
 */
const RowConflictSchema = z.object({
  ours: ConflictSideSchema,
  theirs: ConflictSideSchema,
  lastConfirmed: z.string().nullable(),
});

/** What the file keeps of a row: the machine text it was made against and every version since. */
const StoredRowSchema = z.object({
  mt: z.string(),
  /**
   * The row's Chinese when the work was last saved: Chinese-side MQM spans are relative to it,
   * so they can be carried into merged or split rows. Absent in older files and without an original.
   */
  zh: z.string().optional(),
  text: z.string(),
  state: z.enum(ROW_STATES),
  revision: z.number().int().min(0),
  reviewer: z.string().nullable(),
  updatedAt: z.string().nullable(),
  history: z.array(VersionSchema),
  dismissals: z.array(DismissalSchema).default([]),
  annotations: z.array(AnnotationSchema).default([]),
  /** Why the correction needs a look: the MT under it changed, or its row was split. */
  stale: z.string().nullable().default(null),
  /** Open merge conflict on this row; null when there is none. */
  conflict: RowConflictSchema.nullable().default(null),
});

const SpanListSchema = z.array(z.tuple([z.number().int(), z.number().int()]));

export const ReviewFileSchema = z.object({
  schema: z.literal(1),
  article: z.string(),
  zhArticle: z.string().nullable(),
  state: z.enum(ARTICLE_STATES),
  stateBy: z.string().nullable(),
  stateAt: z.string().nullable(),
  rows: z.record(z.string(), StoredRowSchema),
  /** Rows in the review when last saved, for progress in the article list without re-aligning. */
  rowCount: z.number().int().min(0).default(0),
  /** The reviewer's own row layout (after merging, splitting, moving); null while automatic. */
  alignment: z.array(z.object({ zh: SpanListSchema, en: SpanListSchema })).nullable().default(null),
});

export type ReviewFile = z.infer<typeof ReviewFileSchema>;
export type StoredRow = z.infer<typeof StoredRowSchema>;
export type RowVersion = z.infer<typeof VersionSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Dismissal = z.infer<typeof DismissalSchema>;
export type RowConflict = z.infer<typeof RowConflictSchema>;
export type ConflictSide = z.infer<typeof ConflictSideSchema>;

/** A row as the review page and the API see it. */
export interface ReviewRow {
  id: string;
  zh: string | null;
  mt: string;
  text: string;
  state: RowState;
  revision: number;
  reviewer: string | null;
  updatedAt: string | null;
  stale: string | null;
  conflict: RowConflict | null;
  history: RowVersion[];
  dismissals: Dismissal[];
  annotations: Annotation[];
  /** Offsets of the row's sentences in each article's body text. */
  zhSpans: [number, number][];
  enSpans: [number, number][];
}

/**
 * The name a page sends with a write. Optional: when reviewers sign in, the server records the
 * signed-in name and ignores this field; without sign-in the route requires it.
 */
export const ReviewerField = z.string().trim().min(1, 'Give your name: it is recorded with every change.').max(80);

export const SaveRowSchema = z.object({
  text: z.string().max(10_000, 'A row may hold at most 10,000 characters.'),
  baseRevision: z.number().int().min(0),
  reviewer: ReviewerField.optional(),
  state: z.enum(ROW_STATES).optional(),
  /** Set when this save settles the row's merge conflict (keeping one version or a third text). */
  resolves: z.literal('conflict').optional(),
});
export type SaveRowInput = Omit<z.infer<typeof SaveRowSchema>, 'reviewer'> & { reviewer: string };

/** Back to the machine translation ('mt') or to the text of an earlier revision. */
export const RevertRowSchema = z.object({
  to: z.union([z.literal('mt'), z.number().int().min(1)]),
  baseRevision: SaveRowSchema.shape.baseRevision,
  reviewer: ReviewerField.optional(),
});
export type RevertRowInput = Omit<z.infer<typeof RevertRowSchema>, 'reviewer'> & { reviewer: string };

export function emptyReview(article: string, zhArticle: string | null): ReviewFile {
  return { schema: 1, article, zhArticle, state: 'not-started', stateBy: null, stateAt: null, rows: {}, rowCount: 0, alignment: null };
}

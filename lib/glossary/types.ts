import { z } from 'zod';

/**
 * One glossary entry: a Chinese term and how it must (and must not) be rendered in English.
 * `updatedAt` doubles as the entry's revision: a save names the `updatedAt` it edited, and a
 * mismatch means someone else changed the entry meanwhile.
 */
export interface GlossaryEntry {
  id: string;
  zh: string;
  /** Approved English renderings, preferred first. */
  approved: string[];
  /** Renderings seen in MT output that must not be used. */
  forbidden: string[];
  caseSensitive: boolean;
  /** Part of speech, TBX-Basic values preferred: noun, properNoun, verb, adjective, adverb, other. */
  pos: string | null;
  note: string | null;
  /** person, place, organisation, title, slogan, … */
  tags: string[];
  updatedBy: string | null;
  updatedAt: string | null;
  /**
   * Two reviewers changed this entry differently (found when their work was merged through
   * git): the later edit is the entry, both are kept here until the entry is edited again.
   */
  conflict?: { ours: GlossaryEntry; theirs: GlossaryEntry };
}

/** What a person types in when adding or changing an entry; the store fills in the rest. */
export interface EntryDraft {
  id?: string;
  zh: string;
  approved: string[];
  forbidden?: string[];
  caseSensitive?: boolean;
  pos?: string | null;
  note?: string | null;
  tags?: string[];
}

export const GLOSSARY_SCHEMA_VERSION = 1;

const GlossaryEntryFields = {
  id: z.string().min(1),
  zh: z.string().min(1),
  approved: z.array(z.string()),
  forbidden: z.array(z.string()),
  caseSensitive: z.boolean(),
  pos: z.string().nullable(),
  note: z.string().nullable(),
  tags: z.array(z.string()),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
};
const PlainEntrySchema = z.object(GlossaryEntryFields);

export const GlossaryEntrySchema = z.object({
  ...GlossaryEntryFields,
  conflict: z.object({ ours: PlainEntrySchema, theirs: PlainEntrySchema }).optional(),
});

export const GlossaryFileSchema = z.object({
  schema: z.literal(GLOSSARY_SCHEMA_VERSION),
  entries: z.array(GlossaryEntrySchema),
});

export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;

/** Tags the starter glossary and the UI offer; any other tag is allowed too. */
export const COMMON_TAGS = ['person', 'place', 'organisation', 'title', 'slogan'] as const;

/** Stable order for the file: by term, then id, by code unit so every machine agrees. */
export function sortEntries(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => compare(a.zh, b.zh) || compare(a.id, b.id));
}

import { z } from 'zod';

const rendering = z.string().trim().min(1).max(300);

/** An entry as the glossary page sends it. */
export const EntryBody = z.object({
  zh: z.string().trim().min(1, 'The Chinese term is required.').max(200),
  approved: z.array(rendering).max(20),
  forbidden: z.array(rendering).max(50).default([]),
  caseSensitive: z.boolean().default(false),
  pos: z.string().trim().max(40).nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  reviewer: z.string().trim().min(1).max(80).default('anonymous'),
  id: z.string().max(200).optional(),
});

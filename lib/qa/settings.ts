import { z } from 'zod';

/**
 * House-style settings of the QA checks, per corpus: <corpus>/_shenjiao/qa-settings.json
 * (read by lib/qa/settings-store.ts; every key optional, the defaults below otherwise).
 * - quoteStyle: "curly" (“ ” and ‘ ’, the default), "straight" (" and '), or "any".
 * - englishVariety: "both" (the default: Xinhua and China Daily write British English, others
 *   American), "en_US" or "en_GB": which spellings the spelling check accepts.
 */
export const QaSettingsSchema = z
  .object({
    quoteStyle: z.enum(['curly', 'straight', 'any']).default('curly'),
    englishVariety: z.enum(['en_US', 'en_GB', 'both']).default('both'),
  })
  .strict();

export type QaSettings = z.infer<typeof QaSettingsSchema>;

export const DEFAULT_QA_SETTINGS: QaSettings = Object.freeze(QaSettingsSchema.parse({}));

import { AppError } from '../lib/errors';
import { SEARCH_SIDES, type SearchSide } from '../lib/search/match';

/** The matching options `search` and `replace` share. */
export const MATCH_OPTIONS = {
  side: { type: 'string' },
  regex: { type: 'boolean', default: false },
  word: { type: 'boolean', default: false },
  case: { type: 'boolean', default: false },
} as const;

export function sideOf(value: unknown, fallback: SearchSide): SearchSide {
  if (value === undefined) return fallback;
  if (!SEARCH_SIDES.includes(value as SearchSide)) throw new AppError('bad-input', `--side takes ${SEARCH_SIDES.join(', ')}`);
  return value as SearchSide;
}

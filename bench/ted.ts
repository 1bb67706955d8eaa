// The TED evaluation set (test/fixtures/ted): real Chinese talks and their MT, with gold pairs and segments.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listArticles } from '../lib/corpus/corpus';
import type { Article } from '../lib/corpus/types';
import type { GoldSegment } from '../lib/alignment/evaluate';

export const TED_DIR = new URL('../test/fixtures/ted', import.meta.url).pathname;

export interface TedGold {
  pairs: { zh: string; en: string; system: string }[];
  unpaired: string[];
  segments: Record<string, GoldSegment[]>;
}

export async function loadTed(): Promise<{ gold: TedGold; articles: Map<string, Article> }> {
  const gold = JSON.parse(readFileSync(path.join(TED_DIR, 'gold.json'), 'utf8')) as TedGold;
  const articles = new Map((await listArticles(TED_DIR)).map((a) => [a.file, a]));
  return { gold, articles };
}

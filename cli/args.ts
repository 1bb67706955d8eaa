import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveCorpusDir } from '../lib/config';
import { AppError } from '../lib/errors';
import { parseArticle } from '../lib/corpus/article';
import { MAX_ARTICLE_BYTES, resolveArticleRef } from '../lib/corpus/corpus';
import type { Article } from '../lib/corpus/types';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  corpus: { type: 'string' },
  json: { type: 'boolean', default: false },
};

/** Parses a command's arguments; unknown flags are a usage error, not a crash. */
export function parseCommandArgs(args: string[], options: Options = {}) {
  try {
    const parsed = parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, string | boolean | undefined>;
    return {
      values,
      positionals: parsed.positionals,
      corpus: resolveCorpusDir(typeof values.corpus === 'string' ? values.corpus : null),
      json: values.json === true,
    };
  } catch (error) {
    throw new AppError('bad-input', (error as Error).message);
  }
}

export async function requireArticle(corpus: string, ref: string | undefined, what = 'article'): Promise<Article> {
  return (await findArticle(corpus, ref, what)).article;
}

/** An article of the corpus (by id or path), else a file anywhere, saying which it is. */
export async function findArticle(corpus: string, ref: string | undefined, what = 'article'): Promise<{ article: Article; inCorpus: boolean }> {
  if (!ref) throw new AppError('bad-input', `missing ${what}: give an id or a path`);
  const inCorpus = await resolveArticleRef(corpus, ref);
  if (inCorpus) return { article: inCorpus, inCorpus: true };
  const loose = readLooseFile(ref);
  if (!loose) throw new AppError('not-found', `no ${what} "${ref}" in ${corpus}, and no such file`);
  return { article: loose, inCorpus: false };
}

/**
 * A text file outside the corpus, read as an article: on the command line a path may point
 * anywhere the user can read (the web app only ever reads inside its corpus).
 */
function readLooseFile(ref: string): Article | null {
  let stat;
  try {
    stat = statSync(ref);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  if (stat.size > MAX_ARTICLE_BYTES) throw new AppError('bad-input', `"${ref}" is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
  return parseArticle({ file: path.basename(ref), bytes: readFileSync(ref), size: stat.size, mtimeMs: stat.mtimeMs });
}

/** The metadata `list` and `show` print for an article (the CLI contract's fields). */
export function articleMeta(a: Article) {
  const { id, file, lang, title, date, source, encoding, error } = a;
  return { id, file, lang, title, date, source, encoding, error };
}

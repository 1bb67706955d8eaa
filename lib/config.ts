import path from 'node:path';

/** The app's own folder inside the corpus: reviews, pairs, glossary. Never read as articles. */
export const DATA_DIR_NAME = '_shenjiao';

/** The corpus folder: an explicit choice, else SHENJIAO_CORPUS, else ./corpus. */
export function resolveCorpusDir(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit || env.SHENJIAO_CORPUS || 'corpus';
  return path.resolve(/*turbopackIgnore: true*/ chosen);
}

export function dataDir(corpusDir: string): string {
  return path.join(corpusDir, DATA_DIR_NAME);
}

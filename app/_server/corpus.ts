import { resolveCorpusDir } from '@/lib/config';

/** The corpus this server reviews: SHENJIAO_CORPUS, else ./corpus. */
export function corpusDir(): string {
  return resolveCorpusDir();
}

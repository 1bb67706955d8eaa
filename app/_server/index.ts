import { corpusIndexer, type CorpusIndexer } from '@/lib/index/indexer';
import { corpusDir } from './corpus';

/** This server's background indexer (started at boot by instrumentation.ts, or here on first use). */
export function serverIndex(): CorpusIndexer {
  return corpusIndexer(corpusDir());
}

import { corpusSnapshot } from '@/lib/index/snapshot';
import { corpusDir } from './corpus';
import { serverIndex } from './index';

/** Starts the QA job over every readable English article, or joins the one under way. */
export function startQaRun(): void {
  const index = serverIndex();
  void index.qa.run(async () => {
    const snap = await corpusSnapshot(corpusDir());
    return snap.articles.filter((a) => a.lang === 'en' && !a.error).map((a) => a.id);
  });
}

// The per-article work of the whole-corpus commands (`qa --all`, `align --all`), in one
// place each: the index's cached products where they fit, the review's own layout else.
import type { AlignedRow } from '../lib/alignment/align';
import type { Article } from '../lib/corpus/types';
import { AppError } from '../lib/errors';
import { glossaryMatcher } from '../lib/glossary/service';
import { corpusSnapshot, indexedFindings } from '../lib/index/index';
import type { Finding } from '../lib/qa/types';
import { layoutRows } from '../lib/review/context';
import { readReview } from '../lib/review/store';

export interface EnglishItem {
  en: Article;
  /** Its paired original, or null. */
  zh: Article | null;
}

/** Every readable English article, in corpus order, with its original: one listing, one pairing. */
export async function englishArticles(corpus: string): Promise<EnglishItem[]> {
  const snap = await corpusSnapshot(corpus, true);
  return snap.articles
    .filter((a) => a.lang === 'en' && !a.error)
    .map((en) => {
      const pair = snap.pairOfEn.get(en.id);
      return { en, zh: pair ? (snap.byId.get(pair.zh.id) ?? null) : null };
    });
}

/** Every active pair (the English version under review of each original), in corpus order. */
export async function activePairs(corpus: string): Promise<{ zh: Article; en: Article }[]> {
  const snap = await corpusSnapshot(corpus, true);
  return snap.pairing.pairs.flatMap((p) => {
    const zh = snap.byId.get(p.zh.id);
    const en = snap.byId.get(p.en.id);
    return p.active && zh && en ? [{ zh, en }] : [];
  });
}

/**
 * The findings of an English article of the corpus as its review page shows them: the
 * reviewer's current text, against its original if paired, dismissed findings left out.
 * Cached by the index: a second run over an unchanged corpus reads them back.
 */
export async function articleFindings(corpus: string, enId: string): Promise<Finding[]> {
  return (await indexedFindings(corpus, enId)).findings.filter((f) => !f.dismissed);
}

/** The rows of a pair as its review lays them out: the reviewer's own layout, else automatic. */
export async function pairRows(corpus: string, zh: Article, en: Article): Promise<AlignedRow[]> {
  const [file, { entries }] = await Promise.all([readReview(corpus, en.id, zh.id), glossaryMatcher(corpus)]);
  return layoutRows(file, en, zh, entries);
}

/** One item of a whole-corpus command, named by ids so that a worker thread can do it too. */
export type CorpusJob = { kind: 'findings'; enId: string } | { kind: 'rows'; zhId: string; enId: string };

export async function doJob(corpus: string, job: CorpusJob): Promise<Finding[] | AlignedRow[]> {
  if (job.kind === 'findings') return articleFindings(corpus, job.enId);
  const { byId } = await corpusSnapshot(corpus);
  const zh = byId.get(job.zhId);
  const en = byId.get(job.enId);
  if (!zh || !en) throw new AppError('not-found', `the pair ${job.zhId} / ${job.enId} is gone from the corpus`);
  return pairRows(corpus, zh, en);
}

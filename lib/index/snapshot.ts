import { statSync } from 'node:fs';
import path from 'node:path';
import { listArticles, rereadArticle, type ListingProgress } from '../corpus/corpus';
import type { Article } from '../corpus/types';
import { corpusRoot } from '../corpus/walk';
import { AppError } from '../errors';
import { glossaryFile } from '../glossary/store';
import { pairingOfListing } from '../pairing/corpus-pairing';
import { qaSettingsFile } from '../qa/settings-store';
import type { Pair, PairingResult } from '../pairing/types';
import { processWide } from '../process-wide';
import { reviewPath } from '../review/store';
import { fileText } from './cache-files';
import { articleHash, codeSalt, contentHash } from './hash';

/**
 * How long one walk of the corpus answers for. Asking for many articles in a row (the QA
 * job, `qa --all`) must not re-list ten thousand files per article, nor every second (at
 * 10,000 articles that was most of the QA job's time). What matters is still seen at
 * once: an article's own files are checked on every call (an edit, a deletion), an id not
 * listed yet re-lists, a pairing decision forgets the snapshot, and in the server the
 * indexer re-lists as soon as the watcher sees a change.
 */
const SNAPSHOT_TTL_MS = 30_000;

/** The corpus as listed and paired at one moment. */
export interface CorpusSnapshot {
  takenAt: number;
  root: string;
  articles: Article[];
  byId: Map<string, Article>;
  pairing: PairingResult;
  pairingKey: string;
  /** English id → its pair. */
  pairOfEn: Map<string, Pair>;
}

/** What the background indexer is told while a snapshot is taken. */
export interface SnapshotProgress {
  listing?: ListingProgress;
  /** Called once the listing is made, before pairing starts; pairing waits for it. */
  pairing?: (articles: Article[]) => Promise<void> | void;
  /** Lets pairing yield to other work between batches of articles (see pairingOfListing). */
  yieldEvery?: () => Promise<void>;
}

const snapshots = processWide('index snapshots', () => new Map<string, CorpusSnapshot>());
const keptCurrent = processWide('index snapshots kept current', () => new Set<string>());

/**
 * A background indexer re-lists this corpus whenever its watcher sees a change (and on its
 * own safety poll): its snapshot then never expires, so no request re-lists and re-pairs
 * ten thousand articles because half a minute went by. Files are still checked per lookup.
 */
export function keepSnapshotCurrent(corpusDir: string, kept: boolean): void {
  if (kept) keptCurrent.add(path.resolve(corpusDir));
  else keptCurrent.delete(path.resolve(corpusDir));
}
const taking = processWide('index snapshots under way', () => new Map<string, Promise<CorpusSnapshot>>());

/** The corpus listed (incrementally) and paired, unless that was done very recently. */
export async function corpusSnapshot(corpusDir: string, force = false, progress?: SnapshotProgress): Promise<CorpusSnapshot> {
  const key = path.resolve(corpusDir);
  const known = snapshots.get(key);
  if (!force && known && (keptCurrent.has(key) || Date.now() - known.takenAt < SNAPSHOT_TTL_MS)) return known;
  // One snapshot at a time per corpus: a question asked meanwhile waits for it rather than pairing twice.
  const running = taking.get(key);
  if (running) return running;
  const snapshot = takeSnapshot(corpusDir, progress).finally(() => taking.delete(key));
  taking.set(key, snapshot);
  return snapshot;
}

async function takeSnapshot(corpusDir: string, progress?: SnapshotProgress): Promise<CorpusSnapshot> {
  const articles = await listArticles(corpusDir, progress?.listing);
  await progress?.pairing?.(articles);
  const { result, key: pairingKey } = await pairingOfListing(corpusDir, articles, progress?.yieldEvery);
  const taken: CorpusSnapshot = {
    takenAt: Date.now(),
    root: corpusRoot(corpusDir),
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    pairing: result,
    pairingKey,
    pairOfEn: new Map(result.pairs.map((p) => [p.en.id, p])),
  };
  snapshots.set(path.resolve(corpusDir), taken);
  return taken;
}

/** Forgets the snapshot, so the next question re-lists and re-pairs (after a pairing decision, say). */
export function forgetSnapshot(corpusDir: string): void {
  snapshots.delete(path.resolve(corpusDir));
}

/** Whether the listed article still matches its file on disk. */
function unchanged(root: string, article: Article): boolean {
  try {
    const stat = statSync(path.join(root, article.file));
    return stat.size === article.size && stat.mtimeMs === article.mtimeMs;
  } catch {
    return false;
  }
}

/** What an English article's rows and findings are made of, and the key they are stored under. */
export interface ArticleInputs {
  en: Article;
  zh: Article | null;
  /** Hash of the articles, glossary, review file and code: the cache key. */
  key: string;
}

/** Any article by id from the snapshot, its file checked; a changed or unknown one re-lists first. Null when there is none. */
export async function snapshotArticle(corpusDir: string, id: string): Promise<Article | null> {
  const snap = await corpusSnapshot(corpusDir);
  const found = snap.byId.get(id);
  if (found && unchanged(snap.root, found)) return found;
  const fresh = found ? refreshed(corpusDir, snap, found) : null;
  if (fresh) return fresh;
  return (await corpusSnapshot(corpusDir, true)).byId.get(id) ?? null;
}

/** An English article as listed now, with its pair and original; null for an unknown or unreadable id. */
export interface EnglishInSnapshot {
  en: Article;
  zh: Article | null;
  pair: Pair | null;
}

/**
 * An English article, its pair and its original, fresh: their files are checked against
 * the listing, and a change (or an id not yet listed) re-lists the corpus before answering.
 * What a review page or a cached product needs, without walking the corpus on every call.
 */
export async function englishArticle(corpusDir: string, enId: string): Promise<EnglishInSnapshot | null> {
  const snap = await corpusSnapshot(corpusDir);
  const first = lookUp(snap, enId);
  if (!first) return lookUp(await corpusSnapshot(corpusDir, true), enId);
  const en = unchanged(snap.root, first.en) ? first.en : refreshed(corpusDir, snap, first.en);
  const zh = !first.zh || unchanged(snap.root, first.zh) ? first.zh : refreshed(corpusDir, snap, first.zh);
  if (en?.lang === 'en' && !en.error && (!first.zh || zh?.lang === 'zh')) return { en, zh, pair: first.pair };
  return lookUp(await corpusSnapshot(corpusDir, true), enId);
}

/**
 * A listed article whose file changed, read again on its own and kept in the snapshot: its
 * pair stays the snapshot's until the next listing re-pairs (the indexer does at once in the
 * server), so one edited article's pages and QA never wait for the whole corpus. Null when
 * only a new listing can tell (the file is gone, or no longer a plain file).
 */
function refreshed(corpusDir: string, snap: CorpusSnapshot, article: Article): Article | null {
  const fresh = rereadArticle(corpusDir, article);
  if (fresh && fresh !== article) snap.byId.set(fresh.id, fresh);
  return fresh;
}

function lookUp(snap: CorpusSnapshot, enId: string): EnglishInSnapshot | null {
  const en = snap.byId.get(enId);
  if (!en || en.error) return null;
  if (en.lang !== 'en') throw new AppError('bad-input', `"${enId}" is not an English article; open the review of its English version.`);
  const pair = snap.pairOfEn.get(enId) ?? null;
  return { en, zh: pair ? (snap.byId.get(pair.zh.id) ?? null) : null, pair };
}

/** The inputs of one English article's products, fresh (see englishArticle), and their key. */
export async function articleInputs(corpusDir: string, enId: string, shared?: SharedInputs): Promise<ArticleInputs> {
  const found = shared?.listedAfter !== undefined ? await listedEnglish(corpusDir, enId, shared.listedAfter) : await englishArticle(corpusDir, enId);
  if (!found) throw new AppError('not-found', `No readable article "${enId}" in this corpus.`);
  return inputsOf(corpusDir, found.en, found.zh, shared);
}

/** The corpus-wide files every article's products depend on. */
export interface SharedInputs {
  /**
   * Hash of the glossary file and the QA house style (quote style, English variety: it
   * changes findings as the glossary does), and the code: hashed once, not per article (a
   * glossary of some thousand entries would be hashed ten thousand times a pass).
   */
  digest: string;
  /**
   * Set by the indexer, whose pass over every article follows its own listing: a listing
   * taken after this time is trusted without checking each article's file again (a file
   * changed since is seen by the watcher, which starts another run).
   */
  listedAfter?: number;
  /** The review files there are, listed once for a pass: an article without one needs no file check. */
  reviewFiles?: Set<string>;
}

/** An English article as the snapshot lists it, when the snapshot is recent enough (see SharedInputs); else checked. */
async function listedEnglish(corpusDir: string, enId: string, listedAfter: number): Promise<EnglishInSnapshot | null> {
  const snap = await corpusSnapshot(corpusDir);
  if (snap.takenAt < listedAfter) return englishArticle(corpusDir, enId);
  return lookUp(snap, enId) ?? englishArticle(corpusDir, enId);
}

/**
 * The shared inputs as they are now. A pass over every article reads them once (see
 * QaJob): checking them per article was two of the five file checks that made up most of
 * a pass with nothing to do.
 */
export async function sharedInputs(corpusDir: string): Promise<SharedInputs> {
  const [glossary, qaSettings] = await Promise.all([fileText(glossaryFile(corpusDir)), fileText(qaSettingsFile(corpusDir))]);
  return { digest: sharedDigest(glossary, qaSettings) };
}

/** The inputs of an English article paired with `zh` (the indexer's quick pass names the pair itself). */
export async function inputsOf(corpusDir: string, en: Article, zh: Article | null, shared?: SharedInputs): Promise<ArticleInputs> {
  const file = reviewPath(corpusDir, en.id);
  const unreviewed = shared?.reviewFiles && !shared.reviewFiles.has(path.basename(file));
  const [{ digest }, review] = await Promise.all([shared ?? sharedInputs(corpusDir), unreviewed ? null : fileText(file)]);
  const known = lastKeys.get(en);
  if (known && known.zh === zh && known.digest === digest && known.review === review) return { en, zh, key: known.key };
  const key = contentHash(digest, en.id, articleHash(en), zh?.id ?? null, zh ? articleHash(zh) : null, review);
  lastKeys.set(en, { zh, digest, review, key });
  return { en, zh, key };
}

/**
 * Each English article's last key with what it was made of: the same article, original,
 * shared inputs and review text make the same key without hashing them again (a pass with
 * nothing to do over ten thousand articles was a third hashing).
 */
const lastKeys = new WeakMap<Article, { zh: Article | null; digest: string; review: string | null; key: string }>();

let lastDigest: { glossary: string | null; qaSettings: string | null; digest: string } | null = null;

/** The shared inputs' hash, remembered while they are the same texts (a single article's lookup asks too). */
function sharedDigest(glossary: string | null, qaSettings: string | null): string {
  if (lastDigest?.glossary !== glossary || lastDigest.qaSettings !== qaSettings) {
    lastDigest = { glossary, qaSettings, digest: contentHash(codeSalt(), glossary, qaSettings) };
  }
  return lastDigest.digest;
}

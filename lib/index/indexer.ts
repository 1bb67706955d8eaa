import path from 'node:path';
import { preloadCedict } from '../bilingual/cedict-data';
import { lastListing, rereadArticle } from '../corpus/corpus';
import { bodyText } from '../corpus/types';
import { glossaryMatcher } from '../glossary/service';
import { termUsage, type TermUsage } from '../glossary/usage';
import { warmShortlists } from '../pairing/corpus-pairing';
import type { PairingResult } from '../pairing/types';
import { processWide } from '../process-wide';
import { articleHash } from './hash';
import { reviewsDir } from '../review/store';
import { reviewSummaries, type ReviewSummary } from '../review/summary';
import { cacheFile, readCacheOrPending, writeCacheSoon } from './cache-files';
import { FolderWatcher } from './folder-watch';
import { toListed, type ListedArticle } from './listing';
import { QaJob } from './qa-job';
import { timeSlicer } from './slices';
import { corpusSnapshot, forgetSnapshot, inputsOf, keepSnapshotCurrent, type CorpusSnapshot } from './snapshot';
import { productOf } from './index';
import { summariseFindings } from './qa-summary';
import type { Article } from '../corpus/types';

export type IndexPhase = 'starting' | 'listing' | 'pairing' | 'reviews' | 'glossary' | 'qa' | 'ready' | 'failed';

/** What the header badge and the pages say about the index. */
export interface IndexStatus {
  phase: IndexPhase;
  /** "Reading articles: 1,200 of 10,000", for people. */
  message: string;
  done: number;
  total: number;
  /** Whether the listing, pairs, glossary usage and QA counts shown are the current ones. */
  fresh: { listing: boolean; pairing: boolean; glossary: boolean; qa: boolean };
  /** When the corpus was last fully indexed; null before the first time. */
  indexedAt: string | null;
  error: string | null;
}

/** The corpus as pages list it: kept in memory and, between runs, in `cache/overview/corpus.json`. */
export interface CorpusOverview {
  articles: ListedArticle[];
  pairing: PairingResult;
  reviews: Record<string, ReviewSummary>;
  glossaryUsage: Record<string, TermUsage>;
}

// Short: a save is one write; a checkout's burst that outlasts it makes one more (cheap) run.
const DEBOUNCE_MS = 80;
/** A safety net for file systems where watching misses events (network mounts). */
const POLL_MS = 30_000;
/** More changed files than this at once (a checkout, a copy) go straight to the corpus-wide pass. */
const QUICK_PASS_MAX = 50;

/**
 * The background indexer of one corpus, in the server process: lists, pairs, summarises
 * reviews, counts glossary usage and runs QA over every English article, in that order,
 * yielding between batches so requests are served meanwhile; then watches the corpus and
 * does it again, incrementally, when a file changes. Pages read `overview` (what is known,
 * possibly from the last run) and `status` (what is still being computed).
 */
export class CorpusIndexer {
  overview: CorpusOverview | null = null;
  readonly qa: QaJob;
  private phase: IndexPhase = 'starting';
  private done = 0;
  private total = 0;
  private indexedAt: string | null = null;
  private error: string | null = null;
  private fresh = { listing: false, pairing: false, glossary: false, qa: false };
  private running: Promise<void> | null = null;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private watcher: FolderWatcher | null = null;
  private poller: NodeJS.Timeout | null = null;
  /** Files the watcher saw change since the last run: checked first, before the corpus-wide work. */
  private changedFiles = new Set<string>();
  /** Glossary usage per original, for the glossary it was counted with (see glossaryUsage). */
  private usageByOriginal: { glossaryKey: string; byZh: Map<string, { key: string; usage: TermUsage[] }> } = { glossaryKey: '', byZh: new Map() };

  constructor(readonly corpusDir: string) {
    this.qa = new QaJob(corpusDir);
  }

  /** Loads the last run's overview, starts indexing and watching. Returns at once. */
  start(): void {
    void this.loadSaved().then(() => this.refresh());
    this.watchFiles();
    keepSnapshotCurrent(this.corpusDir, true);
  }

  stop(): void {
    keepSnapshotCurrent(this.corpusDir, false);
    this.watcher?.close();
    if (this.poller) clearInterval(this.poller);
    if (this.timer) clearTimeout(this.timer);
  }

  status(): IndexStatus {
    const qa = this.phase === 'qa';
    return { phase: this.phase, message: this.message(), done: qa ? this.qa.done : this.done, total: qa ? this.qa.total : this.total, fresh: { ...this.fresh }, indexedAt: this.indexedAt, error: this.error };
  }

  /** Indexes again (now, or after the run under way); resolves when the corpus is indexed. */
  refresh(): Promise<void> {
    if (this.running) {
      this.dirty = true;
      return this.running;
    }
    this.running = this.runUntilClean().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * A pairing decision was written: re-pair now and resolve once the overview shows it, so
   * the page the reviewer reloads is already right. The rest of the run goes on behind.
   */
  async pairsChanged(): Promise<void> {
    forgetSnapshot(this.corpusDir);
    const snap = await corpusSnapshot(this.corpusDir, true);
    if (this.overview) this.overview = { ...this.overview, articles: snap.articles.map(toListed), pairing: snap.pairing };
    this.changed();
  }

  /** A change was seen: index again shortly (changes in a burst make one run). */
  changed(): void {
    for (const key of Object.keys(this.fresh) as (keyof typeof this.fresh)[]) this.fresh[key] = false;
    if (this.timer) clearTimeout(this.timer);
    // The changed files first, even while a run is under way (the safety poll's, say): their
    // counts must not wait for that run to end, nor for the walk and re-pairing of the next.
    this.timer = setTimeout(() => void this.quickPass().finally(() => void this.refresh()), DEBOUNCE_MS);
    this.timer.unref?.();
  }

  private async runUntilClean(): Promise<void> {
    do {
      this.dirty = false;
      try {
        await this.runOnce();
        this.error = null;
      } catch (error) {
        this.phase = 'failed';
        this.error = error instanceof Error ? error.message : String(error);
        return;
      }
    } while (this.dirty);
  }

  private async runOnce(): Promise<void> {
    const startedAt = Date.now();
    this.enter('listing', 0);
    const pause = timeSlicer();
    const snap = await corpusSnapshot(this.corpusDir, true, {
      listing: (read, toRead) => this.progress(read, toRead),
      pairing: async (articles) => {
        // The list can be shown while pairing runs: articles now, counterparts from the last run.
        this.overview = { articles: articles.map(toListed), pairing: this.overview?.pairing ?? { pairs: [], unpaired: [] }, reviews: this.overview?.reviews ?? {}, glossaryUsage: this.overview?.glossaryUsage ?? {} };
        this.fresh.listing = true;
        this.enter('pairing', articles.length);
        await preloadCedict(pause);
      },
      yieldEvery: pause,
    });
    const articles = snap.articles.map(toListed);
    this.overview = { articles, pairing: snap.pairing, reviews: this.overview?.reviews ?? {}, glossaryUsage: this.overview?.glossaryUsage ?? {} };
    this.fresh.listing = this.fresh.pairing = true;
    this.enter('reviews', 0);
    // A new overview object each time: pages cache their rows per overview (see articleListRows).
    this.overview = { ...this.overview, reviews: Object.fromEntries(await reviewSummaries(this.corpusDir)) };
    this.enter('glossary', 0);
    this.overview = { ...this.overview, glossaryUsage: await this.glossaryUsage(snap, pause) };
    this.fresh.glossary = true;
    // Before a first, long QA pass, so that a restart meanwhile lists the corpus at once;
    // otherwise after it, off the path of a change (the overview is 10,000 articles' JSON).
    if (!this.indexedAt) await this.save();
    this.enter('qa', 0);
    await this.qa.run(async () => articles.filter((a) => a.lang === 'en' && !a.error).map((a) => a.id), startedAt);
    this.fresh.qa = true;
    this.indexedAt = new Date().toISOString();
    // Folders added or removed since: watch them too.
    this.watcher?.sync();
    this.enter('ready', 0);
    await this.save();
    void warmShortlists(this.corpusDir, snap.articles, timeSlicer());
  }

  /**
   * The English articles whose files (or whose original's, or review's) just changed,
   * read again on their own and checked at once with the pairs they had: their QA counts
   * are current within a second of the save, before the walk, the re-pairing and the
   * corpus-wide pass (which finds them cached, unless their pair changed), and whether or
   * not a run is under way. Files added or removed wait for the listing.
   */
  private async quickPass(): Promise<void> {
    const changed = [...this.changedFiles];
    this.changedFiles.clear();
    const listed = lastListing(this.corpusDir);
    if (changed.length === 0 || changed.length > QUICK_PASS_MAX || !this.overview || !listed) return;
    const byFile = new Map(listed.map((a) => [a.file, a]));
    const byId = new Map(listed.map((a) => [a.id, a]));
    const originalOf = new Map(this.overview.pairing.pairs.map((p) => [p.en.id, p.zh.id]));
    const versionsOf = new Map<string, string[]>();
    for (const p of this.overview.pairing.pairs) versionsOf.set(p.zh.id, [...(versionsOf.get(p.zh.id) ?? []), p.en.id]);
    const reviews = reviewsDir(this.corpusDir);
    const english = new Set<string>();
    for (const file of changed) {
      // An article's file, or its review file (a save, a dismissal).
      const article = path.dirname(file) === reviews && file.endsWith('.json') ? byId.get(path.basename(file, '.json')) : byFile.get(path.relative(this.corpusDir, file).split(path.sep).join('/'));
      if (article?.lang === 'en') english.add(article.id);
      if (article?.lang === 'zh') for (const id of versionsOf.get(article.id) ?? []) english.add(id);
    }
    for (const id of english) {
      const en = reread(this.corpusDir, byId.get(id));
      const original = byId.get(originalOf.get(id) ?? '');
      const zh = original ? reread(this.corpusDir, original) : null;
      if (en?.lang !== 'en' || (original && zh?.lang !== 'zh')) continue;
      try {
        const { key, value } = await productOf(this.corpusDir, await inputsOf(this.corpusDir, en, zh), 'findings');
        this.qa.articles.set(en.id, summariseFindings(key, value));
      } catch {
        // The corpus-wide pass will say what is wrong with it.
      }
    }
  }

  /**
   * Usage of every glossary entry over the Chinese articles and their English under review;
   * cached on disk for the whole corpus and, in memory, per original: after one article
   * changed, only its original is matched again.
   */
  private async glossaryUsage(snap: CorpusSnapshot, pause: () => Promise<void>): Promise<Record<string, TermUsage>> {
    const { entries, matcher, key: glossaryKey } = await glossaryMatcher(this.corpusDir);
    const file = cacheFile(this.corpusDir, 'glossary-usage', 'corpus');
    const key = `${glossaryKey}#${snap.pairingKey}`;
    const cached = await readCacheOrPending<Record<string, TermUsage>>(file, key);
    if (cached) return cached;
    if (this.usageByOriginal.glossaryKey !== glossaryKey) this.usageByOriginal = { glossaryKey, byZh: new Map() };
    const known = this.usageByOriginal.byZh;
    const englishOf = new Map(snap.pairing.pairs.filter((p) => p.active).map((p) => [p.zh.id, p.en.id]));
    const chinese = snap.articles.filter((a) => a.lang === 'zh' && !a.error);
    const totals = new Map<string, TermUsage>();
    const seen = new Set<string>();
    this.total = chinese.length;
    for (let i = 0; i < chinese.length; i += 1) {
      const zh = chinese[i]!;
      const en = snap.byId.get(englishOf.get(zh.id) ?? '');
      const pairKey = `${articleHash(zh)}#${en ? `${en.id}#${articleHash(en)}` : ''}`;
      let usage = known.get(zh.id);
      if (usage?.key !== pairKey) {
        const counted = termUsage([{ zh: bodyText(zh), en: en ? bodyText(en) : null }], entries, matcher).filter((u) => u.articles > 0);
        usage = { key: pairKey, usage: counted };
        known.set(zh.id, usage);
        this.done = i + 1;
        await pause();
      }
      seen.add(zh.id);
      for (const u of usage.usage) {
        const sum = totals.get(u.entryId) ?? { ...u, articles: 0, translated: 0, approvedUsed: 0, forbiddenUsed: 0 };
        sum.articles += u.articles;
        sum.translated += u.translated;
        sum.approvedUsed += u.approvedUsed;
        sum.forbiddenUsed += u.forbiddenUsed;
        totals.set(u.entryId, sum);
      }
    }
    for (const id of known.keys()) if (!seen.has(id)) known.delete(id);
    // Every entry has a row, used or not, in the glossary's order.
    const usage = Object.fromEntries(entries.map((e) => [e.id, totals.get(e.id) ?? { entryId: e.id, articles: 0, translated: 0, approvedUsed: 0, forbiddenUsed: 0 }]));
    writeCacheSoon(file, key, usage);
    return usage;
  }

  private async loadSaved(): Promise<void> {
    const saved = await readCacheOrPending<CorpusOverview>(cacheFile(this.corpusDir, 'overview', 'corpus'), 'last');
    if (saved && !this.overview) this.overview = saved;
  }

  private async save(): Promise<void> {
    if (this.overview) writeCacheSoon(cacheFile(this.corpusDir, 'overview', 'corpus'), 'last', this.overview);
  }

  private watchFiles(): void {
    this.watcher = new FolderWatcher(this.corpusDir, (file) => {
      if (file) this.changedFiles.add(file);
      this.changed();
    });
    this.watcher.sync();
    // Only when idle: a run under way already looks at everything, and a poll must not queue another.
    this.poller = setInterval(() => {
      if (!this.running) void this.refresh();
    }, POLL_MS);
    this.poller.unref?.();
  }

  private enter(phase: IndexPhase, total: number): void {
    this.trace(phase);
    this.phase = phase;
    this.done = 0;
    this.total = total;
  }

  private phaseSince = performance.now();

  /** SHENJIAO_INDEX_TRACE=1: each phase's duration on stderr, for operators sizing a corpus. */
  private trace(next: IndexPhase): void {
    const now = performance.now();
    if (process.env.SHENJIAO_INDEX_TRACE === '1' && next !== this.phase) {
      process.stderr.write(`shenjiao index: ${this.phase} ${(now - this.phaseSince).toFixed(0)} ms\n`);
    }
    if (next !== this.phase) this.phaseSince = now;
  }

  private progress(done: number, total: number): void {
    this.done = done;
    this.total = total;
  }

  private message(): string {
    const n = (x: number) => x.toLocaleString('en');
    switch (this.phase) {
      case 'starting':
        return 'Starting the index…';
      case 'listing':
        return this.total ? `Reading articles: ${n(this.done)} of ${n(this.total)}` : 'Looking for changed files…';
      case 'pairing':
        return `Pairing ${n(this.total)} articles…`;
      case 'reviews':
        return 'Summarising reviews…';
      case 'glossary':
        return this.total ? `Counting glossary use: ${n(this.done)} of ${n(this.total)} originals` : 'Counting glossary use…';
      case 'qa':
        return `Checking articles: ${n(this.qa.done)} of ${n(this.qa.total)}`;
      case 'ready':
        return 'Index up to date';
      case 'failed':
        return `Indexing failed: ${this.error}`;
    }
  }
}

/** A listed article as its file is now, or null (gone, unreadable: the listing will say). */
function reread(corpusDir: string, article: Article | undefined): Article | null {
  const now = article ? rereadArticle(corpusDir, article) : null;
  return now && !now.error ? now : null;
}

const indexers = processWide('corpus indexers', () => new Map<string, CorpusIndexer>());

/** The corpus's indexer, started on first use (the server starts it at boot, see instrumentation.ts). */
export function corpusIndexer(corpusDir: string): CorpusIndexer {
  const key = path.resolve(corpusDir);
  let indexer = indexers.get(key);
  if (!indexer) {
    indexer = new CorpusIndexer(key);
    indexers.set(key, indexer);
    indexer.start();
  }
  return indexer;
}

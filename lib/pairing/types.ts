export type PairDecisionKind = 'confirmed' | 'rejected' | 'manual';

/**
 * A reviewer's word on a pair, by article ids; automatic pairing never overrides it.
 * Confirmed and manual pairs are fixed (an original may have several, one per English
 * version); a rejected pair is never proposed again.
 */
export interface PairDecision {
  zh: string;
  en: string;
  decision: PairDecisionKind;
  reviewer?: string | null;
  /** ISO time of the decision; the latest decision on an English article wins. */
  at: string;
}

/** Reviewers' decisions and, per original with several English versions, the one under review. */
export interface PairDecisions {
  decisions: PairDecision[];
  /** zh id → en id of the version being reviewed. */
  active: Record<string, string>;
}

export interface ArticleRef {
  id: string;
  file: string;
}

export interface Pair {
  zh: ArticleRef;
  en: ArticleRef;
  /** Confidence 0–1 (1 for pairs a reviewer set). */
  score: number;
  decision: 'auto' | 'confirmed' | 'manual';
  /** For an original with several English versions: the one under review. */
  active: boolean;
}

export interface Unpaired extends ArticleRef {
  lang: 'zh' | 'en';
  /** The most likely counterpart, shown as a suggestion; null when nothing shares evidence. */
  best: (ArticleRef & { score: number }) | null;
}

export interface PairingResult {
  pairs: Pair[];
  unpaired: Unpaired[];
}

export interface PairingOptions {
  /** Which English version is under review, per original (PairDecisions.active). */
  active?: Record<string, string>;
  /** Confidence below which a candidate stays a suggestion (default PAIR_THRESHOLD). */
  threshold?: number;
}

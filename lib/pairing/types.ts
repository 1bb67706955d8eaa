export type PairDecisionKind = 'confirmed' | 'rejected' | 'manual';

/** A reviewer's word on a pair; automatic pairing never overrides it. */
export interface PairDecision {
  zh: string;
  en: string;
  decision: PairDecisionKind;
  reviewer: string | null;
  at: string;
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
  best: (ArticleRef & { score: number }) | null;
}

export interface PairingResult {
  pairs: Pair[];
  unpaired: Unpaired[];
}

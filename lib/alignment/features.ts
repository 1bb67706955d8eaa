import { chineseEvidence, englishEvidence, type ChineseEvidence } from '../bilingual/evidence';
import type { Sentence } from '../text/sentences';

export interface SentenceFeatures {
  zh: { evidence: ChineseEvidence; length: number; paragraphEnd: boolean }[];
  en: { tokens: Set<string>; length: number; paragraphEnd: boolean }[];
  /** covered[i][j]: Chinese units of sentence i shown in English sentence j. */
  covered: (i: number, j: number) => number;
  /** explained[i][j]: English tokens of sentence j explained by Chinese sentence i. */
  explained: (i: number, j: number) => number;
}

const visibleLength = (text: string) => text.replace(/\s+/g, '').length;

function flatten<T>(paragraphs: T[][]): { item: T; paragraphEnd: boolean }[] {
  return paragraphs.flatMap((p) => p.map((item, k) => ({ item, paragraphEnd: k === p.length - 1 })));
}

/** Evidence per sentence, and the sentence-pair match counts inside the band the aligner will search. */
export function sentenceFeatures(zh: Sentence[][], en: Sentence[][], inBand: (i: number, j: number) => boolean): SentenceFeatures {
  const zhF = flatten(zh).map(({ item, paragraphEnd }) => ({ evidence: chineseEvidence(item.text), length: visibleLength(item.text), paragraphEnd }));
  const enF = flatten(en).map(({ item, paragraphEnd }) => ({ tokens: englishEvidence(item.text), length: visibleLength(item.text), paragraphEnd }));
  const m = enF.length;
  const covered = new Uint16Array(zhF.length * m);
  const explained = new Uint16Array(zhF.length * m);
  zhF.forEach((z, i) => {
    const union = new Set(z.evidence.units.flat());
    for (let j = 0; j < m; j += 1) {
      if (!inBand(i, j)) continue;
      const tokens = enF[j]!.tokens;
      let count = 0;
      for (const unit of z.evidence.units) if (unit.some((token) => tokens.has(token))) count += 1;
      let hits = 0;
      for (const token of tokens) if (union.has(token)) hits += 1;
      covered[i * m + j] = count;
      explained[i * m + j] = hits;
    }
  });
  return {
    zh: zhF,
    en: enF,
    covered: (i, j) => covered[i * m + j]!,
    explained: (i, j) => explained[i * m + j]!,
  };
}

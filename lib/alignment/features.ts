import { chineseEvidence, englishEvidence } from '../bilingual/evidence';
import type { Sentence } from '../text/sentences';
import { termTokens, type TermPair } from './anchors';

export interface ChineseSentenceFeatures {
  /** Per word, number, name or glossary term: the English tokens any of which shows it translated. */
  units: string[][];
  length: number;
  paragraphEnd: boolean;
  /** Ends without a stop (a subheading, a headline): only its line break marks its end. */
  unstopped: boolean;
}

export interface EnglishSentenceFeatures {
  tokens: Set<string>;
  length: number;
  paragraphEnd: boolean;
  unstopped: boolean;
}

export interface SentenceFeatures {
  zh: ChineseSentenceFeatures[];
  en: EnglishSentenceFeatures[];
  /** Chinese units of sentence i shown in English sentence j. */
  covered: (i: number, j: number) => number;
  /** English tokens of sentence j explained by Chinese sentence i. */
  explained: (i: number, j: number) => number;
}

const visibleLength = (text: string) => text.replace(/\s+/g, '').length;
const unstopped = (text: string) => !/[。！？；!?;.…:：][\s”’」』）)》】"'＂]*$/.test(text);

function flatten(paragraphs: Sentence[][]): { sentence: Sentence; paragraphEnd: boolean }[] {
  return paragraphs.flatMap((p) => p.map((sentence, k) => ({ sentence, paragraphEnd: k === p.length - 1 })));
}

/** Per-sentence evidence; the evidence caches are shared, so glossary tokens go into copies. */
function describe(zh: Sentence[][], en: Sentence[][], terms: readonly TermPair[]) {
  const zhFlat = flatten(zh);
  const enFlat = flatten(en);
  const zhTerms = termTokens(zhFlat.map((z) => z.sentence.text), 'zh', terms);
  const enTerms = termTokens(enFlat.map((e) => e.sentence.text), 'en', terms);
  const zhF = zhFlat.map(({ sentence, paragraphEnd }, i): ChineseSentenceFeatures => {
    const units = chineseEvidence(sentence.text).units;
    return { units: zhTerms[i]!.length ? [...units, ...zhTerms[i]!.map((t) => [t])] : units, length: visibleLength(sentence.text), paragraphEnd, unstopped: unstopped(sentence.text) };
  });
  const enF = enFlat.map(({ sentence, paragraphEnd }, j): EnglishSentenceFeatures => {
    const tokens = englishEvidence(sentence.text);
    return { tokens: enTerms[j]!.length ? new Set([...tokens, ...enTerms[j]!]) : tokens, length: visibleLength(sentence.text), paragraphEnd, unstopped: unstopped(sentence.text) };
  });
  return { zhF, enF };
}

/** Evidence per sentence, and the sentence-pair match counts inside the band the aligner will search. */
export function sentenceFeatures(zh: Sentence[][], en: Sentence[][], inBand: (i: number, j: number) => boolean, terms: readonly TermPair[] = []): SentenceFeatures {
  const { zhF, enF } = describe(zh, en, terms);
  const m = enF.length;
  const covered = new Uint16Array(zhF.length * m);
  const explained = new Uint16Array(zhF.length * m);
  zhF.forEach((z, i) => {
    const union = new Set(z.units.flat());
    for (let j = 0; j < m; j += 1) {
      if (!inBand(i, j)) continue;
      const tokens = enF[j]!.tokens;
      let count = 0;
      for (const unit of z.units) if (unit.some((token) => tokens.has(token))) count += 1;
      let hits = 0;
      for (const token of tokens) if (union.has(token)) hits += 1;
      covered[i * m + j] = count;
      explained[i * m + j] = hits;
    }
  });
  return { zh: zhF, en: enF, covered: (i, j) => covered[i * m + j]!, explained: (i, j) => explained[i * m + j]! };
}

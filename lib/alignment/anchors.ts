import { englishStems } from '../bilingual/stem';
import { normaliseZh } from '../glossary/normalise-zh';

/** A glossary entry as the aligner sees it: a Chinese term and its approved English renderings. */
export interface TermPair {
  zh: string;
  en: string[];
}

/**
 * Glossary terms as anchors: for each sentence, the tokens (`term:3`) of the terms it holds.
 * Chinese is matched by characters after Traditional/Simplified folding, English by stemmed
 * words, so "party committees'" still shows "Party Committee".
 */
export function termTokens(texts: string[], lang: 'zh' | 'en', terms: readonly TermPair[]): string[][] {
  if (terms.length === 0) return texts.map(() => []);
  return lang === 'zh' ? zhTermTokens(texts, terms) : enTermTokens(texts, terms);
}

function zhTermTokens(texts: string[], terms: readonly TermPair[]): string[][] {
  const keys = terms.map((t) => normaliseZh(t.zh.trim()));
  return texts.map((text) => {
    const folded = normaliseZh(text);
    return keys.flatMap((key, k) => (key && folded.includes(key) ? [`term:${k}`] : []));
  });
}

function enTermTokens(texts: string[], terms: readonly TermPair[]): string[][] {
  const renderings = terms.map((t) => t.en.map((en) => englishStems(en).join(' ')).filter(Boolean));
  return texts.map((text) => {
    const stems = ` ${englishStems(text).join(' ')} `;
    return renderings.flatMap((forms, k) => (forms.some((form) => stems.includes(` ${form} `)) ? [`term:${k}`] : []));
  });
}

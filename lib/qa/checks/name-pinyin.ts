import { lookup } from '../../bilingual/lexicon';
import { pinyinNameVariants, surnameOf } from '../../bilingual/names';
import { defineCheck } from '../define-check';

let segmenter: Intl.Segmenter | null = null;

/**
 * Likely personal names in Chinese: a common surname and one or two more characters that
 * the dictionary does not know as a word, whether the segmenter kept them together (李鸿忠)
 * or split them into single characters (张|驰).
 */
const found = new Map<string, { name: string; start: number; end: number }[]>();

export function personNames(text: string): { name: string; start: number; end: number }[] {
  const cached = found.get(text);
  if (cached) return cached;
  if (found.size > 20_000) found.clear();
  const names = findPersonNames(text);
  found.set(text, names);
  return names;
}

function findPersonNames(text: string): { name: string; start: number; end: number }[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const segments = [...segmenter.segment(text)].filter((s) => /\p{Script=Han}/u.test(s.segment));
  const names: { name: string; start: number; end: number }[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const s = segments[i]!;
    let candidate = s.segment;
    if (candidate.length === 1) {
      let j = i + 1;
      while (j < segments.length && segments[j]!.segment.length === 1 && segments[j]!.index === s.index + candidate.length && candidate.length < 3) {
        candidate += segments[j]!.segment;
        j += 1;
      }
    }
    if (candidate.length < 2 || candidate.length > 3 || !surnameOf(candidate) || lookup(candidate).length > 0) continue;
    if (PREPOSITIONS.has(candidate[0]!) && surnameOf(candidate.slice(1))) continue;
    // 20万元, 3亿元, 万元以上: after a figure or before 元, 万 and 亿 are amounts, not the surnames Wan and Yi.
    if ((/[0-9０-９一二两三四五六七八九十百千万亿几数多余]\s?$/.test(text.slice(0, s.index)) && /^[万亿]/.test(candidate)) || /^[万亿]元/.test(candidate)) continue;
    names.push({ name: candidate, start: s.index, end: s.index + candidate.length });
  }
  return names;
}

/**
 * Surnames that are more often a preposition or conjunction: before another surname they
 * introduce a name (向刘遵义…颁授, "to Liu Zunyi"), they do not start one.
 */
const PREPOSITIONS = new Set([...'向于和与从将对给把被']);

const squash = (text: string) => text.toLowerCase().replace(/[\s\-‐'’]/g, '');

/**
 * A name in the Chinese whose pinyin the English writes wrongly: "hong zhong" or
 * "guo-xun liao" for 李鸿忠 and 廖国勋. The English form is surname first, given name
 * joined and capitalised: Li Hongzhong. Names the English leaves out are not flagged here:
 * titles often stand in for them.
 */
export default defineCheck({
  id: 'name-pinyin',
  category: 'Locale convention/Name format',
  severity: 'minor',
  describe: 'A Chinese name garbled in the English pinyin',
  run({ source, target }) {
    if (!source) return [];
    const names = personNames(source);
    if (names.length === 0) return [];
    const flat = squash(target);
    const findings = [];
    for (const { name, start, end } of names) {
      const [preferred] = pinyinNameVariants(name);
      if (!preferred || target.includes(preferred)) continue;
      const given = squash(preferred.split(' ').slice(1).join(''));
      if (given.length < 3 || !flat.includes(given)) continue;
      const written = findWritten(target, given, squash(preferred.split(' ')[0]!));
      if (!written) continue; // the letters occur, but not as the name's own words
      findings.push({
        message: `${name} is written "${written}" in the English; write it ${preferred}`,
        sourceSpan: [start, end] as [number, number],
        targetSpan: [target.indexOf(written), target.indexOf(written) + written.length] as [number, number],
        fix: { span: [target.indexOf(written), target.indexOf(written) + written.length] as [number, number], replacement: preferred },
      });
    }
    return findings;
  },
});

/** The stretch of English that spells the given name, with the surname beside it if it is there. */
function findWritten(target: string, given: string, surname: string): string | null {
  const words = [...target.matchAll(/[A-Za-z]+(?:[-‐][A-Za-z]+)?/g)];
  const isSurname = (k: number) => k >= 0 && k < words.length && squash(words[k]![0]) === surname;
  for (let i = 0; i < words.length; i += 1) {
    for (const size of [1, 2, 3]) {
      if (squash(words.slice(i, i + size).map((w) => w[0]).join('')) !== given) continue;
      const first = isSurname(i - 1) ? i - 1 : i;
      const last = !isSurname(i - 1) && isSurname(i + size) ? i + size : i + size - 1;
      return target.slice(words[first]!.index!, words[last]!.index! + words[last]![0].length);
    }
  }
  return null;
}

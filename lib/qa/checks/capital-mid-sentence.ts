import { joinedPinyin } from '../../bilingual/lexicon';
import { surnameOf } from '../../bilingual/names';
import { defineCheck } from '../define-check';
import { isDictionaryProperNoun, isEnglishWord } from '../english-dictionary';
import type { QaRow, RawFinding } from '../types';

/**
 * A common word capitalised inside a sentence, as MT does when it joins pieces of
 * sentences or takes a word for a name: "very, very Different textures", "the path of the
 * Light", "When you think about it At this moment". A word counts as common when Hunspell
 * knows it in small letters only. Names the dictionary lacks, words beside another
 * capitalised word ("British Medical Journal", "Northern Europe") and headlines in title
 * case are left alone; so are the capitals English news writes by convention, and labels
 * before a number ("Line 3", "Phase II", "Double 11").
 */
export default defineCheck({
  id: 'capital-mid-sentence',
  category: 'Fluency/Spelling',
  severity: 'minor',
  describe: 'A common word capitalised inside a sentence ("very Different textures")',
  run({ source, target }, { rows }) {
    if (!/[a-z0-9,;] [A-Z][a-z]/.test(target) || isTitleCase(target)) return [];
    const findings: RawFinding[] = [];
    for (const m of target.matchAll(/(?<=[a-z0-9,;] )[A-Z][a-z]+(?![A-Za-z0-9])(?![\w'’-]*[ -](?:(?:of|for|and|on|in|de|at|to) (?:the )?|the )?[A-Z])(?![ -](?:\d|[IVX]+\b))/g)) {
      const word = m[0];
      const before = target.slice(0, m.index!);
      if (PART_OF_NAME.test(before) || CONVENTIONAL.has(word) || isDictionaryProperNoun(word)) continue;
      // "No. 314": the abbreviation of number; "Article 17 The state…": a provision's heading before its first sentence.
      if ((word === 'No' && /^\.\s?\d/.test(target.slice(m.index! + 2))) || HEADING.test(before)) continue;
      // "the Forum", "the Court": a named body called back by its head noun; "the Notice" for a 《通知》.
      if ((BODIES.has(word) && /\bthe $/.test(before)) || (DOCUMENTS.has(word) && source !== null && (source.includes('《') || THIS_DOCUMENT.test(source)))) continue;
      // Written so in the Chinese too (a brand, an app, a data vendor: "Wind", "App"), or
      // inside a quoted title (“Cool Maker Loves Family”).
      if (source?.includes(word) || insideQuotes(before)) continue;
      const lower = word.toLowerCase();
      if (!isEnglishWord(lower, 'en_US') || namedSoInDocument(rows, word) || (source !== null && surnameInChinese(source, lower))) continue;
      const span: [number, number] = [m.index!, m.index! + word.length];
      findings.push({ message: `"${word}" is capitalised inside the sentence; write "${lower}" unless it is a name`, targetSpan: span, fix: { span, replacement: lower } });
    }
    return findings;
  },
});

/**
 * The word continues a capitalised name: right after a capitalised word, or after one and a
 * joining word ("Minister of Publicity", "Inspection and Supervision"), or after a
 * lowercased pinyin surname ("han Tong": the name checks' business).
 */
const PART_OF_NAME = /(?:[A-Z][\w'’.-]* (?:(?:of|for|and|on|in|de|at|to) (?:the )?|the )?|\b(?:zhang|wang|li|liu|chen|yang|zhao|huang|zhou|wu|xu|sun|hu|zhu|gao|lin|he|guo|ma|luo|liang|song|zheng|xie|han|tang|feng|yu|dong|xiao|cheng|cao|yuan|deng|fu|shen|zeng|peng|lu|su|jiang|cai|jia|ding|wei|xue|ye|yan|pan|du|dai|xia|zhong|tian|ren|jiang|fan|fang|shi|yao|tan|liao|zou|xiong|jin|lu|hao|kong|bai|cui|kang|mao|qiu|qin|gu|hou|shao|meng|long|wan|duan|lei|qian|tang|yin|yi|chang|wu|qiao|lai|gong|wen) )$/;

/** 本规定, 本法, 本条例: the document names itself, "this Regulation", "the Law". */
const THIS_DOCUMENT = /本(?:规定|法|条例|办法|细则|决定|通知|意见|方案|规则|章程|公约|协议|计划)/;

/** "Ding advised…" for 丁老师, "Long said" for 龙…: a surname of the Chinese standing alone, which English spells as a word. */
function surnameInChinese(source: string, lower: string): boolean {
  for (const char of source) if (surnameOf(char) === char && joinedPinyin(char) === lower) return true;
  return false;
}

/** A numbered heading ends just before the word: "Article 17 ", "Section 3 ", "Chapter II ". */
const HEADING = /\b(?:Article|Section|Chapter|Clause|Item|Rule|Part)\s+(?:\d+|[IVX]+)\s$/;

const capitalisedPerDocument = new WeakMap<readonly QaRow[], Map<string, boolean>>();

/**
 * The document writes the word with a capital inside sentences in three rows or more and
 * never in small letters: a name the translator chose ("Bitcoin", "the Rightists"), not a
 * slip. Two rows are not enough: MT repeats its own slips ("some Beetles" twice in a TED
 * talk). Worked out only for words that would be flagged, once per document.
 */
function namedSoInDocument(rows: readonly QaRow[], word: string): boolean {
  let known = capitalisedPerDocument.get(rows);
  if (!known) capitalisedPerDocument.set(rows, (known = new Map()));
  let named = known.get(word);
  if (named === undefined) {
    const inside = new RegExp(`[a-z0-9,;] ${word}\\b`);
    const lower = new RegExp(`\\b${word.toLowerCase()}\\b`);
    named = rows.filter((r) => inside.test(r.target)).length >= 3 && !rows.some((r) => lower.test(r.target));
    known.set(word, named);
  }
  return named;
}

/** The text before the word has a quotation opened and not yet closed. */
function insideQuotes(before: string): boolean {
  const open = before.lastIndexOf('“');
  if (open > before.lastIndexOf('”')) return true;
  return (before.split('"').length - 1) % 2 === 1;
}

/** A headline: most of its words start with a capital. */
function isTitleCase(text: string): boolean {
  const words = text.match(/[A-Za-z]{4,}/g) ?? [];
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.5;
}

/**
 * Capitals news English writes for institutions and bodies named alone ("the Party", "the
 * Earth"), for titles ("Academician Zhong", "the Mayor") and for "App" as Chinese media write it.
 */
const CONVENTIONAL = new Set(
  'App Co Ltd Inc Corp Gulf Mayor Governor Ambassador Commissioner Academician Professor Director Mr Mrs Ms Dr Prof Party State Government Council Committee Congress Earth Sun Moon Universe Internet Web Premier President Chairman Secretary Minister Ministry Bureau Department Province City County District Central Communist Constitution Army Navy Olympics Games Spring Festival Dragon Boat Lantern Mid Autumn New Year Day Eve Buddha Bible Mass Heaven Hell West East North South Western Eastern Northern Southern Rat Ox Tiger Rabbit Dragon Snake Horse Goat Sheep Monkey Rooster Dog Pig Omicron Delta'.split(
    ' ',
  ),
);

/** Head nouns of named bodies and events that news English capitalises when it calls them back ("the Forum"). */
const BODIES = new Set(
  'Court Procuratorate Commission Office Authority Authorities Association Federation Institute University College Academy Laboratory Lab Library Center Centre Group Company Corporation Bank Board Embassy Consulate Chamber Secretariat Headquarters Assembly Parliament Senate Cabinet Administration Union Alliance Club Society Summit Forum Expo Fair Exhibition Conference Session Plenum Ceremony Games Championships Championship Cup League Marathon Carnival Award Awards Prize Festival Museum Hospital School Stadium Airport Square Palace Hall Foundation Fund Agency Station Zone Area Region Mainland Motherland Strait Bay River Lake Park Port Bureau Program Programme Project Initiative'.split(' '),
);

/** Kinds of documents a 《title》 names, called back alone: "the Notice", "the Opinions", "the Plan". */
const DOCUMENTS = new Set('Notice Opinions Opinion Measures Plan Outline Regulations Regulation Provisions Guidelines Guideline Law Report Decision Circular Rules Program Programme Convention Agreement Declaration Treaty Charter Strategy Standards Catalogue Catalog List Code Constitution White Paper Document Action'.split(' '));

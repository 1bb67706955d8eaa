import chineseInEnglish from './checks/chinese-in-english';
import endPunctuation from './checks/end-punctuation';
import fullWidthPunctuation from './checks/full-width-punctuation';
import { glossaryForbidden, glossaryTermMissing } from './checks/glossary-terms';
import gluedSentences from './checks/glued-sentences';
import inconsistentTranslation from './checks/inconsistent-translation';
import lengthRatio from './checks/length-ratio';
import nameCapitalisation from './checks/name-capitalisation';
import namePinyin from './checks/name-pinyin';
import numberMismatch from './checks/number-mismatch';
import { brackets, curlyQuotes, straightQuotes } from './checks/paired-symbols';
import repeatedWord from './checks/repeated-word';
import { doubleSpace, spaceBeforePunctuation } from './checks/spacing';
import spelling from './checks/spelling';
import type { Check } from './types';

/** Every QA check there is, in the order findings are listed. */
export const CHECKS: Check[] = [
  numberMismatch,
  chineseInEnglish,
  glossaryForbidden,
  glossaryTermMissing,
  namePinyin,
  nameCapitalisation,
  inconsistentTranslation,
  lengthRatio,
  gluedSentences,
  endPunctuation,
  fullWidthPunctuation,
  doubleSpace,
  spaceBeforePunctuation,
  brackets,
  curlyQuotes,
  straightQuotes,
  repeatedWord,
  spelling,
];

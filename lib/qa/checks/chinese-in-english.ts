import { defineCheck } from '../define-check';
import { matches } from '../matches';

const HAN = /[\p{Script=Han}\u3400-\u4dbf]/u;

/** Chinese characters the MT left in the English: untranslated text. */
export default defineCheck({
  id: 'chinese-in-english',
  category: 'Accuracy/Untranslated',
  severity: 'major',
  describe: 'Chinese characters left in the English',
  // 丨 (U+4E28), the headline separator of Chinese sites, is Han by script but punctuation by use.
  run: ({ target }) =>
    !HAN.test(target) ? [] : matches(target, /(?:(?!丨)[\p{Script=Han}\u3400-\u4dbf])+(?:[\s·・]*(?:(?!丨)\p{Script=Han})+)*/gu).map(({ m, span }) => ({
      message: `"${m[0]}" is left untranslated in the English`,
      targetSpan: span,
    })),
});

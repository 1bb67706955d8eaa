import { defineCheck } from '../define-check';
import { matches } from '../matches';

const ASCII: Record<string, string> = {
  '，': ', ', '。': '. ', '：': ': ', '；': '; ', '！': '! ', '？': '? ', '（': ' (', '）': ') ', '、': ', ',
  '“': '“', '”': '”', '《': '“', '》': '”', '【': '[', '】': ']', '％': '%', '　': ' ',
};

/** Chinese full-width punctuation in English text; curly quotes are English too and pass. */
export default defineCheck({
  id: 'full-width-punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'Full-width Chinese punctuation in the English',
  run: ({ target }) =>
    matches(target, /[，。：；！？（）、《》【】％\u3000]/g).map(({ m, span }) => {
      const replacement = (ASCII[m[0]] ?? m[0]).replace(/ $/, /\s/.test(target[span[1]] ?? ' ') ? '' : ' ');
      return { message: `Full-width "${m[0]}" in the English`, targetSpan: span, fix: { span, replacement: replacement.trimStart() === replacement ? replacement : replacement.trimStart() } };
    }),
});

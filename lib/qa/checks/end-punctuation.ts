import { defineCheck } from '../define-check';

const CLOSERS = new Set(['"', '”', '’', ')', '）', '」', '』', ' ', '\t', '\n', '\r', '\u3000']);

/** The text without its closing quotes, brackets and spaces; a loop from the end, as every row is read. */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/**
 * The question told, not asked: 朋友问我，还好吗？ "My friends asked me if I was okay.";
 * 你并不知道自己的搭档会是谁？ "you don't know who your partner will be."
 */
const REPORTED_QUESTION =
  /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir(?:e|es|ed|ing)|enquir(?:e|es|ed|ing)|whether)\b|\b(?:know|knows|knew|known|tell|told|about|on|explain(?:s|ed)?|introduce|show(?:s|ed)?|see|understand|learn|decide|unclear|unknown|sure)\s+(?:(?:me|you|us|them|him|her)\s+)?(?:who|what|why|where|when|how|which)\b/i;

/**
 * The end of the English does not match the end of the Chinese: a question turned into a
 * statement, a sentence left without its stop, or a clause the Chinese leaves open (，；)
 * closed with a full stop.
 */
export default defineCheck({
  id: 'end-punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'Sentence-final punctuation differs from the Chinese',
  run({ source, target }) {
    if (!source || target.trim().length < 2) return [];
    const zhEnd = withoutClosers(source).slice(-1);
    const en = withoutClosers(target);
    const enEnd = en.slice(-1);
    const at: [number, number] = [Math.max(0, en.length - 1), en.length];
    if ((zhEnd === '？' || zhEnd === '?') && enEnd !== '?' && !(enEnd === '.' && REPORTED_QUESTION.test(en))) return [{ message: 'The Chinese asks a question; the English does not end with "?"', targetSpan: at }];
    if (/[。！？!?]/.test(zhEnd) && !/[.!?…:;]/.test(enEnd)) return [{ message: 'The English sentence has no final stop', targetSpan: at, fix: { span: [en.length, en.length], replacement: '.' } }];
    if (/[，、；：,;:]/.test(zhEnd) && enEnd === '.') return [{ message: `The Chinese continues after "${zhEnd}", but the English ends the sentence`, targetSpan: at }];
    return [];
  },
});

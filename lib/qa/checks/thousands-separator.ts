import { defineCheck } from '../define-check';
import { matches } from '../matches';

/** A six-digit stock code: with its exchange (600884.SH), in brackets after a company (600884), or after "code". */
function isStockCode(target: string, [start, end]: [number, number]): boolean {
  if (end - start !== 6) return false;
  return /^\.[A-Z]{2}\b/.test(target.slice(end)) || (target[start - 1] === '(' && /^[,)]/.test(target.slice(end))) || /\b(?:code|stock|ticker|SH|SZ)[:\s]*$/i.test(target.slice(Math.max(0, start - 12), start));
}

/**
 * Not an amount: eleven digits or more (a mobile phone number, an ISBN, an ID), or a number
 * to call ("the 12345 hotline", "call 12315").
 */
function isIdentifier(target: string, [start, end]: [number, number]): boolean {
  if (end - start >= 11) return true;
  return /^\s*(?:hotlines?|helplines?|service line)\b/i.test(target.slice(end, end + 14)) || /\b(?:hotlines?|helplines?|call|dial|dialling|dialing|phone|tel\.?|telephone)(?: number)?[:\s]*$/i.test(target.slice(Math.max(0, start - 22), start));
}

/**
 * A number of five digits or more without thousands separators ("250000"): English writes
 * 250,000. Four-digit numbers are left alone (years, "2000 people" both occur), and so are
 * codes and decimals ("No. 12345", "A12345", "3.14159").
 */
export default defineCheck({
  id: 'thousands-separator',
  category: 'Locale convention/Number format',
  severity: 'minor',
  describe: 'A large number written without thousands separators ("250000")',
  run: ({ target }) =>
    !/\d{5}/.test(target)
      ? []
      : matches(target, /(?<![\w.,#/:-])\d{5,}(?![\w.,/:-]\d|\w)/g)
      .filter(({ span }) => !/No\.\s*$/i.test(target.slice(Math.max(0, span[0] - 4), span[0])) && !isStockCode(target, span) && !isIdentifier(target, span))
      .map(({ m, span }) => {
        const written = Number(m[0]).toLocaleString('en-US');
        return { message: `Write ${m[0]} as ${written}`, targetSpan: span, fix: { span, replacement: written } };
      }),
});

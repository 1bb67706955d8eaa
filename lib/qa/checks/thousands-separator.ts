import { defineCheck } from '../define-check';
import { matches } from '../matches';

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
      .filter(({ span }) => !/No\.\s*$/i.test(target.slice(Math.max(0, span[0] - 4), span[0])))
      .map(({ m, span }) => {
        const written = Number(m[0]).toLocaleString('en-US');
        return { message: `Write ${m[0]} as ${written}`, targetSpan: span, fix: { span, replacement: written } };
      }),
});

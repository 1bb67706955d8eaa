import { defineCheck } from '../define-check';
import { matches } from '../matches';

/**
 * Units of measure written as symbols or words. Left alone: "100m" and "5G" (a race, a
 * network generation), percent and degree signs, and the metric lengths and weights
 * ("6km", "20kg") that British news style writes glued.
 */
const GLUED = /(?<![A-Za-z\d.])(\d[\d,]*(?:\.\d+)?)(Mbps|Gbps|kbps|Kbps|GB|MB|TB|KB|MW|kW|GW|kWh|MWh|GWh|TWh|Hz|kHz|MHz|GHz|mAh|dB|kV|tonnes|tons|yuan|dollars|kilometers|kilometres|kilograms|meters|metres|square)(?![A-Za-z\d])/g;

/** A number glued to its unit ("1000Mbps", "50km"): SI and news style put a space between. */
export default defineCheck({
  id: 'number-unit-spacing',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  describe: 'A number glued to its unit ("1000Mbps" for "1000 Mbps")',
  run: ({ target }) =>
    !/\d[A-Za-z]/.test(target)
      ? []
      : matches(target, GLUED).map(({ m, span }) => {
          const at = span[0] + m[1]!.length;
          return { message: `No space between ${m[1]} and its unit ${m[2]}: write "${m[1]} ${m[2]}"`, targetSpan: span, fix: { span: [at, at] as [number, number], replacement: ' ' } };
        }),
});

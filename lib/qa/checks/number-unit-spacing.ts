import { defineCheck } from '../define-check';
import { matches } from '../matches';

/**
 * Units of measure written as symbols; "100m" and "5G" are left alone (a race, a network
 * generation), and so are percent and degree signs, which English writes glued.
 */
const GLUED = /(?<![A-Za-z\d.])(\d[\d,]*(?:\.\d+)?)(Mbps|Gbps|kbps|Kbps|GB|MB|TB|KB|MW|kW|GW|kWh|MWh|GWh|TWh|km|kg|mm|cm|nm|Hz|kHz|MHz|GHz|mg|ml|mL|km2|m2|km²|m²|mAh|dB|kV|mph|kph|tonnes|yuan|kilometers|kilometres|kilograms|meters|metres)(?![A-Za-z\d])/g;

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

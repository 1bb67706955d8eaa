/** Dates as news pages print them, read into ISO form: "2022-10-08" or "2022-10-08 17:52:22". */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface DatePattern {
  pattern: RegExp;
  /** Indexes of year, month, day, hour, minute, second in the match. */
  parts: [number, number, number, number, number, number];
}

const TIME = String.raw`(?:[ T\u3000]*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?`;
const DATE_PATTERNS: DatePattern[] = [
  { pattern: new RegExp(String.raw`(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)${TIME}`), parts: [1, 2, 3, 4, 5, 6] },
  { pattern: new RegExp(String.raw`(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日${TIME}`), parts: [1, 2, 3, 4, 5, 6] },
  { pattern: new RegExp(String.raw`(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)${TIME}`), parts: [1, 2, 3, 4, 5, 6] },
  // "July 24, 2022" / "Jul 24, 2022 10:05"
  { pattern: new RegExp(String.raw`\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}`, 'i'), parts: [3, 1, 2, 4, 5, 6] },
];

const pad = (value: string) => value.padStart(2, '0');

function monthNumber(value: string): number {
  if (/^\d+$/.test(value)) return Number(value);
  return MONTHS.findIndex((m) => m.startsWith(value.toLowerCase().slice(0, 3))) + 1;
}

/** The first date in a line, with its time when one follows, and where it stands. */
export function findDate(line: string): { date: string; start: number; end: number } | null {
  for (const { pattern, parts } of DATE_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const [y, mo, d, h, mi, s] = parts.map((i) => m[i]);
    const month = monthNumber(mo!);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const time = h && mi && Number(h) < 24 ? ` ${pad(h)}:${mi}${s ? `:${s}` : ''}` : '';
    return { date: `${y}-${pad(String(month))}-${pad(d!)}${time}`, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * Chinese numerals and mixed Arabic/Chinese amounts as values: 三十亿 = 3e9, 一百零五 = 105,
 * 7.5亿 = 7.5e8, 3亿5000万 = 3.5e8, 二〇二二 = 2022, 七十五点五 = 75.5.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width digits and punctuation inside numbers as ASCII: "１２．５" → "12.5". */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * An integer below 10,000 in Chinese numerals: 十五 = 15, 两千三百零五 = 2305, 二〇二二 = 2022
 * (read digit by digit, as years are written). Null for anything that is not a well-formed
 * numeral, so 十四五 (the 14th Five-Year Plan) is not read as a number.
 */
export function parseChineseInteger(text: string): number | null {
  if (text.length === 0) return null;
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(text)) return Number([...text].map((ch) => DIGIT[ch]).join(''));
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGIT) {
      // Two significant digits in a row (四五) is a list, not a numeral; 零 may precede a digit.
      if (digit !== null && digit !== 0) return null;
      digit = DIGIT[ch]!;
    } else if (ch in SMALL_UNIT) {
      const unit = SMALL_UNIT[ch]!;
      if (unit >= lastUnit) return null;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** A Chinese numeral with an optional decimal part after 点: 七十五点五 = 75.5. */
function parseChineseDecimal(text: string): number | null {
  const [whole, fraction] = text.split('点');
  const integer = parseChineseInteger(whole!);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  const digits = [...fraction].map((ch) => DIGIT[ch]);
  if (digits.some((d) => d === undefined)) return null;
  return Number(`${integer}.${digits.join('')}`);
}

function parseSection(text: string): number | null {
  if (text === '') return 0;
  const ascii = toHalfWidthDigits(text);
  if (/^\d/.test(ascii)) {
    if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(ascii)) return null;
    return Number(ascii.replace(/,/g, ''));
  }
  return parseChineseDecimal(text);
}

/**
 * Any amount with 万 and 亿 in any combination: 30亿, 1.5万亿 (1.5e12), 3亿5000万, 两千三百万.
 * Split on the last 亿 first, then on 万, as the language itself groups by four digits.
 */
export function parseChineseAmount(text: string): number | null {
  const yi = text.lastIndexOf('亿');
  if (yi >= 0) {
    const high = parseChineseAmount(text.slice(0, yi));
    const low = parseChineseAmount(text.slice(yi + 1));
    if (high === null || low === null || yi === 0) return null;
    return round(high * 1e8 + low);
  }
  const wan = text.lastIndexOf('万');
  if (wan >= 0) {
    const high = parseChineseAmount(text.slice(0, wan));
    const low = parseSection(text.slice(wan + 1));
    if (high === null || low === null || wan === 0) return null;
    return round(high * 1e4 + low);
  }
  return parseSection(text);
}

/** Removes binary float noise from decimal scaling: 7.5 × 1e8 stays 750,000,000. */
function round(value: number): number {
  return Number(value.toPrecision(15));
}

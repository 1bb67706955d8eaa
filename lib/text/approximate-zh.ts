import { parseChineseAmount, parseChineseInteger, toHalfWidthDigits } from './chinese-numerals';

/**
 * Approximate amounts as Chinese news writes them, each as the range of values it allows:
 * 一万六七千 = 16,000–17,000, 三四十 = 30–40, 十几万 = 110,000–190,000, 几十 = 20–90,
 * 数百 = 200–900, 上千 = 1,000 and more; and a figure hedged by 约/近/超过/余/多/左右
 * (约50 = about 50, 40余 = more than 40). `hedged` says which way: 'about', 'over' (余, 多,
 * 超过, 逾), 'under' (近, 将近) or 'range'.
 */
export interface ApproximateAmount {
  low: number;
  high: number;
  /** The figure the Chinese names, for hedged figures (约50 → 50); null for ranges and vague amounts. */
  figure: number | null;
  hedged: 'about' | 'over' | 'under' | 'range';
  start: number;
  end: number;
  raw: string;
}

const D = '[一二两三四五六七八九]';
const SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };
const FIGURE = '(?:[0-9０-９]+(?:[.．,，][0-9０-９]+)*|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(?:[万亿]+(?:[0-9０-９零〇一二两三四五六七八九十百千]+)?)*';

/** 三四十, 一万六七千, 五六百万: two neighbouring digits before a unit, after an optional exact head. */
const NEIGHBOURS = new RegExp(`((?:${FIGURE})?[万亿])?(${D})(${D})([十百千万亿])([万亿])?`, 'g');
/** 十几, 十几万, 几十, 几百万, 数十, 数百亿, 上千, 上万, 成千上万. */
const VAGUE = /(成千上万|成百上千)|(十)几([千万亿])?|[几数]([十百千万亿])([万亿])?|上([百千万亿])([万亿])?/g;
/** 约50, 近3000, 超过100万, 40余, 10多万, 50人左右. */
const HEDGE_BEFORE = new RegExp(`(约|大约|近|将近|接近|超过|逾|多达)(${FIGURE})`, 'g');
const HEDGE_AFTER = new RegExp(`(${FIGURE})(余|多)([万亿])?|(${FIGURE})([^\\s，。；、0-9０-９]{0,2})(左右|上下)`, 'g');

/**
 * 约 and 近 that end another word are no hedge: 节约90%的水 (saves 90% of the water),
 * 签约3个项目 (signed three projects), 附近3公里 (within 3 km), 最近3年 (the past three years).
 */
const WORD_BEFORE: Record<string, RegExp> = { 约: /[节制签预公条合履违特相邀集简婚守践毁缔解续失立赴契]$/, 近: /[最附靠临亲邻贴逼]$/ };

function partOfWord(text: string, at: number, hedge: string): boolean {
  return WORD_BEFORE[hedge]?.test(text.slice(Math.max(0, at - 1), at)) ?? false;
}

const overlaps = (found: ApproximateAmount[], start: number, end: number) => found.some((f) => start < f.end && end > f.start);

function amount(text: string): number | null {
  const value = parseChineseAmount(toHalfWidthDigits(text).replace(/，/g, ','));
  return value === null || Number.isNaN(value) ? null : value;
}

export function extractApproximateAmounts(text: string): ApproximateAmount[] {
  if (!/[几数上余多约近超逾左成达三四五六七八九]/.test(text)) return [];
  const found: ApproximateAmount[] = [];
  const add = (a: ApproximateAmount) => {
    if (!overlaps(found, a.start, a.end)) found.push(a);
  };
  for (const m of text.matchAll(NEIGHBOURS)) {
    const [raw, head, first, second, unit, scale] = m as unknown as (string | undefined)[];
    const a = parseChineseInteger(first!.replace('两', '二'))!;
    const b = parseChineseInteger(second!)!;
    if (b !== a + 1) continue; // 三四十 yes; 十四五 (the 14th Five-Year Plan) and 一二三 no
    const headValue = head ? amount(head) : 0;
    if (headValue === null) continue;
    const times = SCALE[unit!]! * (scale ? SCALE[scale]! : 1);
    const base = headValue * (scale ? SCALE[scale]! : 1);
    add({ low: base + a * times, high: base + b * times, figure: null, hedged: 'range', start: m.index!, end: m.index! + raw!.length, raw: raw! });
  }
  for (const m of text.matchAll(VAGUE)) {
    const [raw, idiom, ten, tenScale, unit, unitScale, upTo, upToScale] = m as unknown as (string | undefined)[];
    let low: number;
    let high: number;
    if (idiom) [low, high] = idiom === '成千上万' ? [1000, 1e5] : [100, 1e4];
    else if (ten) {
      const times = tenScale ? SCALE[tenScale]! : 1;
      [low, high] = [10 * times, 19 * times];
    } else if (unit) {
      const times = SCALE[unit]! * (unitScale ? SCALE[unitScale]! : 1);
      [low, high] = [2 * times, 9 * times];
    } else {
      const times = SCALE[upTo!]! * (upToScale ? SCALE[upToScale]! : 1);
      [low, high] = [times, 10 * times];
    }
    add({ low, high, figure: null, hedged: 'range', start: m.index!, end: m.index! + raw!.length, raw: raw! });
  }
  for (const m of text.matchAll(HEDGE_BEFORE)) {
    if (partOfWord(text, m.index!, m[1]!)) continue;
    const value = amount(m[2]!);
    if (value === null || value === 0) continue;
    const hedged = /近|将近|接近/.test(m[1]!) ? 'under' : /超过|逾|多达/.test(m[1]!) ? 'over' : 'about';
    add({ low: value, high: value, figure: value, hedged, start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  for (const m of text.matchAll(HEDGE_AFTER)) {
    const figure = m[1] ?? m[4]!;
    const base = amount(figure);
    if (base === null || base === 0) continue;
    // 十多: more than ten; 10多万: more than 100,000; 5年左右: about five years.
    const value = m[3] ? base * SCALE[m[3]]! : base;
    if (m[2] && !/[0-9０-９十百千万亿]$/.test(figure)) continue; // 一多 is not a number
    add({ low: value, high: value, figure: value, hedged: m[2] ? 'over' : 'about', start: m.index!, end: m.index! + m[0].length, raw: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

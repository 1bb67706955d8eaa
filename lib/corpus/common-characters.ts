/**
 * The commonly used Chinese characters, built from the encodings' own tables: GB2312
 * level 1 (the 3,755 most used Simplified characters, bytes B0A1–D7F9) and Big5's
 * frequently used set (5,401 Traditional characters, A440–C67E). No data file needed.
 */
let common: Set<string> | null = null;

function buildCommonSet(): Set<string> {
  const set = new Set<string>();
  const gb = new TextDecoder('gb18030');
  for (let lead = 0xb0; lead <= 0xd7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) set.add(gb.decode(new Uint8Array([lead, trail])));
  }
  const big5 = new TextDecoder('big5');
  for (let lead = 0xa4; lead <= 0xc6; lead += 1) {
    for (const [from, to] of [[0x40, 0x7e], [0xa1, 0xfe]] as const) {
      for (let trail = from; trail <= to; trail += 1) set.add(big5.decode(new Uint8Array([lead, trail])));
    }
  }
  return set;
}

const HAN = /\p{Script=Han}/u;

/**
 * Share of the text's non-ASCII characters that are common Chinese characters or common
 * CJK punctuation: near 1 for a correct decoding, far lower for a wrong one.
 */
export function chineseCharacterScore(text: string): number {
  common ??= buildCommonSet();
  let total = 0;
  let good = 0;
  for (const ch of text.slice(0, 20000)) {
    if (ch.charCodeAt(0) < 0x80) continue;
    total += 1;
    if (common.has(ch) || /[\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u2014]/.test(ch)) good += 1;
    else if (!HAN.test(ch)) good -= 0.5;
  }
  return total === 0 ? 0 : good / total;
}

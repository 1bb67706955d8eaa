/**
 * Words that carry no evidence of translation: English function words and the filler
 * words of dictionary definitions ("to", "sb", "variant", "classifier").
 */
const STOP = new Set(
  ('a an the of to in on at by for from with as and or but not no is are was were be been being it its this that these those ' +
    'he she they we you i his her their our your them us him me my who which what there here than then so such can will would ' +
    'should could may might must shall do does did has have had also very all any some one sb sth etc esp used variant ' +
    'classifier cl pr abbr lit fig old see surname same into out up down over about ' +
    'kind sort person thing things make made get got let way much many more most')
    .split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

const stemCache = new Map<string, string>();
const stemsCache = new Map<string, string[]>();
const CACHE_LIMIT = 50_000;

/** A light English stemmer, the same on both sides, so "cities"/"city" and "developed"/"develop" meet. Cached: words repeat. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    if (stemCache.size > CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, (stemmed = stemUncached(word)));
  }
  return stemmed;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  return w.replace(/e$/, '');
}

/**
 * Content words of an English text, stemmed. Several checks read the same row, so the
 * result is cached and shared: read it, never change it. `keep: false` for text read once.
 */
export function englishStems(text: string, keep = true): string[] {
  let stems = stemsCache.get(text);
  if (!stems) {
    const words = text.toLowerCase().match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
    stems = words.filter((w) => !STOP.has(w) && w.length > 1).map(stem);
    // A whole article read once (pairing) is not kept: ten thousand of them would stay in memory.
    if (!keep) return stems;
    if (stemsCache.size > CACHE_LIMIT / 5) stemsCache.clear();
    stemsCache.set(text, stems);
  }
  return stems;
}

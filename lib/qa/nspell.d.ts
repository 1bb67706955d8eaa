// nspell ships no types; the part Shenjiao uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
  }
  export default function nspell(dictionary: { aff: Buffer | string; dic: Buffer | string }): NSpell;
}

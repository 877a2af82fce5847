/**
 * Letters that Unicode normalisation leaves whole (`œ`, `ø`, `ß`), written as a reader types
 * them in plain ASCII, so `Leboeuf` finds `Lebœuf` and `Soren` finds `Søren`.
 */
const PLAIN: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const SPECIAL = /[œæßøłđðþı]/g;
const HAS_SPECIAL = /[œæßøłđðþı]/;

/** Lower-case text with its whole letters spelt out in ASCII. */
export function plainLetters(lower: string): string {
  return HAS_SPECIAL.test(lower) ? lower.replace(SPECIAL, (c) => PLAIN[c] ?? c) : lower;
}

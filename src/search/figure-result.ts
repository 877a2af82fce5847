/**
 * What a figure says of a result, in words a question uses that the article need not:
 * `beat New Zealand by 143 runs` is the winning margin, `Set 301 to win` the target.
 */

/** A result, then `by` right before the figure: the figure is the margin. */
const MARGIN_BEFORE = /\b(?:won|win|wins|winning|victory|victories|beat|beaten|beating|defeat|defeated|lost|lose|loses|losing|loss|edged|ahead|lead|leads|led|trail|trails|trailing|trailed|majority|passed|carried|prevailed)\b[^.;:]{0,100}?\bby\s+(?:just\s+|only\s+|a mere\s+|nearly\s+|almost\s+|about\s+|around\s+|more than\s+|a record\s+)?$/i;
const MARGIN_REACH = 140;
/** `crossing the line 4.318 seconds ahead of Ferrari's Mateo Silva`: a lead over who came next. */
const MARGIN_AFTER = /^\s+(?:ahead of|clear of)\b/i;
/** A margin lost by, or trailed by, is no winning margin. */
const LOSING = /\b(?:lost|lose|loses|losing|loss|trail|trails|trailing|trailed)\b/i;
/** `Set 301 to win`, `chasing 352`: what a side had to make. */
const TARGET_AFTER = /^\s+(?:runs\s+)?to win\b/i;
const CHASING = /\bchasing\s+$/i;

interface Placed {
  start: number;
  end: number;
  sentence: { start: number };
}

/** `margin` (`winning margin` unless lost or trailed by) and `target`, as the figure says them. */
export function resultWords(text: string, figure: Placed): string[] {
  const words: string[] = [];
  const before = MARGIN_BEFORE.exec(text.slice(Math.max(figure.sentence.start, figure.start - MARGIN_REACH), figure.start));
  if (before || MARGIN_AFTER.test(text.slice(figure.end, figure.end + 20))) words.push(before && LOSING.test(before[0]) ? 'margin' : 'winning margin');
  if (TARGET_AFTER.test(text.slice(figure.end, figure.end + 20)) || CHASING.test(text.slice(Math.max(figure.sentence.start, figure.start - 12), figure.start))) words.push('target');
  return words;
}

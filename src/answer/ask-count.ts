/**
 * `how many stages has he won`, answered by a sentence: it must count what is asked, a number
 * right before the noun (`won three stages`), not a number anywhere near it (`the 176km stage`).
 */
import { fold, stem } from '../search/text.js';

/** A number in digits or words, as one folded word. */
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|several|both|no|none|all|half)$/;
/** How many words may stand between the number and the noun (`14 new teaching positions`). */
const NUMBER_REACH = 3;
/** Stems this long may open one another (`teacher`, `teach`). */
const SHARED_STEM = 5;

/** Whether a sentence counts the noun: a number, then at most two words, then the noun (`three stages`, `14 new cases`, `a dozen damaged homes`). */
export function countedBy(noun: string): (sentence: string) => boolean {
  const wanted = stem(fold(noun));
  // (`teachers` are counted as `teaching positions`: one stem opening the other.)
  const same = (w: string) => {
    const s = stem(w);
    return s === wanted || (Math.min(s.length, wanted.length) >= SHARED_STEM && (s.startsWith(wanted) || wanted.startsWith(s)));
  };
  return (sentence) => {
    const words = fold(sentence).split(' ');
    return words.some((w, i) => same(w) && words.slice(Math.max(0, i - NUMBER_REACH), i).some((n) => NUMBER_WORD.test(n)));
  };
}

/**
 * `how many seats did it win in the previous election`, `who was the manager before Bellandi`:
 * a question about an earlier time than the story's. (`last year`, `last quarter` are most often
 * the story's own period: `how much did the fund return last year`.)
 * Only a sentence that steps back in time (`last year`, `in 2019`, `previously`) can answer
 * it; today's winner, today's seat count or today's manager cannot.
 */
const PAST_ASKED = /\b(?:previous|prior|preceding)\s+(?:year|season|election|time|edition|race|game|match|tournament|term|poll|census|vote|contest|final|campaign)\b|\bthe year before\b|\b(?:a|one|two|three|four|five|ten) years? ago\b|\bbefore\s+\p{Lu}\p{L}+/u;
/** What a sentence steps back in time with. */
const PAST_SAID = /\b(?:last|previous|prior|preceding|earlier|former|formerly|previously|ago|before|since|predecessor|replaced|succeeded|(?:19|20)\d{2})\b/i;

/** Whether a question asks about an earlier time than the story's. */
export function asksPast(question: string): boolean {
  return PAST_ASKED.test(question);
}

/** What a sentence names someone's predecessor with: a year alone is no step back past a person (`who was appointed in June 2024`). */
const BEFORE_SAID = /\b(?:previous|prior|preceding|earlier|former|formerly|previously|before|predecessor|replaced|replacing|succeeded|succeeding|took over from|in place of)\b/i;
/** `before Bellandi`: a question about who or what came before a named one. */
const BEFORE_NAMED = /\bbefore\s+\p{Lu}\p{L}+/u;

/** Whether a sentence can speak of an earlier time. */
export function saysPast(sentence: string): boolean {
  return PAST_SAID.test(sentence);
}

/** The test a sentence must pass to answer a question about an earlier time, or undefined when it asks none. */
export function pastTest(question: string): ((sentence: string) => boolean) | undefined {
  if (!asksPast(question)) return undefined;
  return BEFORE_NAMED.test(question) ? (s) => BEFORE_SAID.test(s) : saysPast;
}

/**
 * How sure the engine must be before it answers. Scores are the share of the question's
 * words (weighted by rarity, typos allowed) found in the answer. Tuned on tests/eval.
 */
export const THRESHOLDS = {
  /** whosaid: share of the query found in the quote. */
  quote: 0.7,
  /** whosaid: share of all the query's words, function words too, found in the quote. */
  allWords: 0.6,
  /** ...and all the query's words in that reported speech, function words too. */
  statementAllWords: 0.8,
  /** whosaid falls back to reported speech (no quote marks) above this. */
  statement: 0.85,
  /** quotes/who is: the name or role as a whole... */
  person: 0.6,
  /** ...and each of its words (0.65 lets a two-letter typo through in a long name). */
  personWord: 0.6,
  /** figure: what the figure counts, measured against the question. */
  figure: 0.6,
  /** search and open questions: share of the question in the sentence. */
  sentence: 0.55,
  /** ask "who warned about X": share of the topic in the quote and its sentence. */
  topic: 0.6,
  /** A single word of the question counts as said by an answer's words from this similarity up (a typo or a synonym, not a look-alike). */
  wordFound: 0.72,
  /** Below an answer's bar but above this: offered as "did you mean". */
  suggestion: 0.3,
  /** Further answers must score within this of the best one. */
  spread: 0.2,
} as const;

/** Sizes of what is returned. */
export const LIMITS = {
  answers: 5,
  quotesPerPerson: 25,
  suggestions: 3,
  suggestionChars: 80,
  /**
   * Candidates scored whole for a "did you mean" when nothing answers: the best of a large
   * library's few hundred are among its first (scoring them all took most of such a query).
   */
  suggestionPool: 40,
  /** Longer queries are refused with a clear message; no question needs more. */
  queryChars: 500,
} as const;

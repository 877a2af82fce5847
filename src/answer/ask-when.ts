/**
 * When a sentence says something happened: how precisely it dates it (a day over a month over a
 * bare time word), and the dates that say when something was said rather than done; and what a
 * when-question asks about (the deed it closes on, `until when`).
 */

/** Any word of time, down to a bare `week` or `later`. */
export const TIME_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|morning|evening|night|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d{4}|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m|p\.?m)|spring|summer|autumn|fall|winter|hour|hours|days|weeks|later|earlier|next|last)\b/i;
/** A date or time of day, not just a time word: `October 8, 2024`, `the first half of 2027`, `on Tuesday`, `3 p.m.`, `this week`. */
const DATE_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:1[5-9]|20)\d{2}|\d{3,4}\s?(?:BC|BCE|AD|CE)|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m|p\.?m)|(?:this|next|last|coming) (?:week|weekend|month|year|spring|summer|autumn|fall|winter))\b/i;
/** A day, not just a month or a year: `November 28th`, `28 November`, `on Tuesday`, `3 p.m.`, `tomorrow`. */
const DAY_DATE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|yesterday)\b|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b)/i;
/** `said on Monday`: when it was said, not when what was asked happens. */
export const SAID_ON = /\b(?:said|says|told|announced|confirmed|added|warned|stated|reported)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/gi;

/**
 * How precisely a sentence says when, as a multiple of search's preference bonus: a day
 * (`November 28th`) most, then `this week`, a month or a year, then a bare time word.
 */
export function datedness(sentence: string): number {
  const t = sentence.replace(SAID_ON, ' ');
  // (`since the fire began` dates something else by the event; it never says when the event was.)
  const anchored = SINCE_EVENT.test(t) ? -1 : 0;
  return anchored + timeIn(t);
}

/** How far from the deed a date may stand to be its date (`arrested the mayor in a dawn raid in October 2023`). */
const DEED_REACH = 60;

/**
 * Whether a sentence gives a date, not just a time word, right by the deed asked (`collapsed at
 * 7:42 a.m. on April 9`): the test for one question, its pattern made once.
 */
export function datedNear(verb: string): (sentence: string) => boolean {
  const root = verb.toLowerCase().replace(/(?:ed|es|s|ing)$/, '').replace(/e$/, '');
  if (root.length < 3) return () => false;
  const deed = new RegExp(`\\b${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}*`, 'giu');
  return (sentence) => {
    const t = sentence.replace(SAID_ON, ' ');
    for (const m of t.matchAll(deed)) {
      const near = t.slice(Math.max(0, m.index - DEED_REACH), m.index + m[0].length + DEED_REACH);
      if (timeIn(near) >= DATED) return true;
    }
    return false;
  };
}
/** A date or a time of day, more than a bare time word. */
const DATED = 0.9;

/** How precisely a text says when, whatever it dates. */
export function timeIn(t: string): number {
  // (`The quake hit at 11:47 p.m.` says when more precisely than `struck late Saturday`.)
  return AM_PM_TIME.test(t) ? CLOCK_TIME : DAY_DATE.test(t) ? 1.5 : RELATIVE_DATE.test(t) ? 1.2 : DATE_WORDS.test(t) ? 0.9 : TIME_WORDS.test(t) ? 0.5 : 0;
}
/**
 * A time of day printed with a.m. or p.m. (`11:47 p.m.`, `3.42pm`): stricter than `clock.ts`'s
 * CLOCK, which a what-time question reads; here `noon` in a quote or a bare `2:15` (a race time,
 * a score) would outrank a date, and did (3 false answers more over all sets).
 */
export const AM_PM_TIME = /\b\d{1,2}[:.]\d{2}\s*[ap]\.?m\b|\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}[ap]m\b/i;
const CLOCK_TIME = 2.5;
const SINCE_EVENT = /\b(?:since|after|before) (?:the|it|they|its|their) (?:[\p{L}-]+ ){0,3}(?:began|started|broke out|erupted|opened|hit|struck)\b/iu;
const RELATIVE_DATE = /\b(?:this|next|last|coming) (?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b/i;

/** A when-question about what is still to come: `when will services resume`, `when is the bill due to be debated`. */
export const FUTURE_ASKED = /^(?:(?:until|till|by) )?when\s+(?:will|shall)\b|^when\s+(?:is|are)\b.*\b(?:due|expected|set|scheduled|going|slated|planned) to\b/i;
/**
 * Words that put a sentence's date ahead of the telling: `will`, `is due to`, `expects ... to begin`, `may` (not the month: `May 25`),
 * `once the inflow fell`, `set sentencing for March 12` (`from June 1`, `by Dec. 1`: {@link AHEAD_OF}).
 */
const FUTURE_SAID = /\b(?:will|would|['’]ll|shall|expected|expects?|expecting|due|set|sets|scheduled|schedule|plans?|planned|planning|slated|aims?|aiming|intends?|intended|likely|next|is to|are to|was to|were to|once|until|till|soon|upcoming|coming|tomorrow|targets?|hopes?|hoped|could|may(?!\s+\d)|might|should|later this|later in|in the (?:first|second|third|fourth|last) (?:half|quarter)|(?:takes|take) effect|comes? into (?:force|effect)|(?:opens|begins|starts|resumes|reopens|launches|closes|ends|expires|kicks in|goes on sale) (?:on|in|at|from))\b/i;

/**
 * `from June 1`, `by the end of the year`, `within two weeks`, `before Christmas`: a preposition
 * that dates something ahead only with a time after it (`nine points from 12 matches`, `a defeat
 * by Wexley Town` date nothing).
 */
const AHEAD_OF = /\b(?:from|by|within|before)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close|turn)\s+of\s+(?:the\s+)?)?(?:(?:early|late|mid)-?\s*)?(?:(?:next|this|the coming|coming)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|christmas|easter|(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|spring|summer|autumn|fall|winter|weekend|week|month|year|season|quarter|decade|deadline|midnight|noon|(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m))\b/i;

/** `within two weeks`: a span ahead (`from 2 hours 40 minutes to about an hour` is none). */
const WITHIN_SPAN = /\bwithin\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\s+(?:hours?|days?|weeks?|months?|years?)\b/i;

/** Whether a sentence puts something ahead of the telling ({@link FUTURE_SAID} or a time ahead of a preposition). */
export const saysAhead = (t: string): boolean => FUTURE_SAID.test(t) || AHEAD_OF.test(t) || WITHIN_SPAN.test(t);

/** `until when is the red alert`: only a sentence that says until when answers. */
export const UNTIL_ASKED = /^(?:until|till|til) when\b/i;
export const UNTIL_SAID = /\b(?:until|till|through|thru|runs? to|valid to|up to)\b/i;
/** A when-answer that never says the deed asked about (`mailed`, `lowered`) loses this much: it may still say it in other words. */
export const WHEN_EVENT_MISSING = 0.1;
/** ...and when it is still to come. */
export const FUTURE_EVENT_MISSING = 0.2;
const WHEN_AUX = /^(?:(?:until|till|since|by) )?when\s+(will|would|did|does|do|can|could|should|is|are|was|were|has|have|had)\s+(.+)$/i;
const PARTICLES = /^(?:out|up|off|down|away|back|over|in|through)\??$/i;
const CLAUSE_PREPOSITION = /^(?:in|on|at|for|to|from|by|after|before|with|into|across|near|under|over|during|until|again)$/i;
/** Verbs an answer seldom repeats: `when do the fares kick in` is answered by `from June 1`. */
export const LIGHT_VERBS = /^(?:kick|take|come|go|get|start|begin|happen|occur|be|been|made|make|set|put|due|expected|scheduled|planned|slated|likely)$/i;

/** The deed a when-question asks about: `when will services resume`, `when was the dam built`, `when will power be restored in Kyiv`. */
export function whenVerb(q: string): string | undefined {
  const m = WHEN_AUX.exec(q);
  if (!m) return undefined;
  const words = m[2]!.toLowerCase().replace(/[?!.]+$/, '').split(/\s+/);
  const be = words.findIndex((w) => w === 'be' || w === 'been');
  if (be >= 0 && words[be + 1]) return words[be + 1];
  const participle = words.slice(1).find((w) => /(?:ed|en)$/.test(w));
  if (participle) return participle;
  const until = words.slice(1).findIndex((w) => CLAUSE_PREPOSITION.test(w));
  // (`when did the dock workers walk out`: a phrasal verb's particle says less than its verb.)
  const last = words.length > 2 && PARTICLES.test(words.at(-1)!) ? words.at(-2) : words.at(-1);
  const verb = until >= 0 ? words[until] : last;
  return verb && !LIGHT_VERBS.test(verb) ? verb : undefined;
}

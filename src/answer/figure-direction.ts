/**
 * Which way a change went: a question for a fall (`how much did prices fall in April`) is not
 * answered by a rise (`edging up 0.4% in April`), nor one for a rise by a fall. The way a
 * question asks is read from its verbs; the way a figure went, from the words right before it
 * (`slipped 0.9%`, `up 3%`) or right after (`3.6% lower than`, `16.8% below the peak`).
 */
import type { FigureRecord } from '../search/records.js';

export type Direction = 'up' | 'down';

const UP_ASKED = /\b(?:rise|rises|rising|rose|risen|increase[sd]?|increasing|gain(?:s|ed)?|grew|grow(?:n|s|ing)?|climb(?:s|ed)?|jump(?:s|ed)?|surge[sd]?|soar(?:s|ed)?|(?:go|goes|gone|went|going)\s+up|higher|hike[sd]?)\b/i;
const DOWN_ASKED = /\b(?:fall|falls|falling|fell|fallen|drop(?:s|ped)?|decline[sd]?|declining|decrease[sd]?|(?:go|goes|gone|went|going)\s+down|lower|slip(?:s|ped)?|slid|shr[aiu]nk|shrinks?|plunge[sd]?|tumble[sd]?|sank|sunk|dip(?:s|ped)?|slump(?:s|ed)?)\b/i;

/** Words right before a change that say it went up or down (`rose 12%`, `a fall of 38%`, `down 3%`). */
const UP_BEFORE = /\b(?:rose|risen|rising|rises?|gained|gaining|climbed|climbing|jumped|jumping|surged|surging|soared|soaring|increased|increasing|grew|grown|growing|added|edged up|edging up|ticked up|up|higher|(?:rise|increase|gain|jump|growth)\s+of)\s+(?:by\s+)?$/i;
const DOWN_BEFORE = /\b(?:fell|fallen|falling|falls?|dropped|dropping|declined|declining|decreased|decreasing|slipped|slipping|slid|sliding|tumbled|tumbling|plunged|plunging|sank|shrank|shrunk|lost|losing|shed|eased|easing|edged down|edging down|ticked down|down|lower|(?:fall|drop|decline|decrease|loss|cut|reduction)\s+of)\s+(?:by\s+)?$/i;
const UP_AFTER = /^\s*(?:higher|more|above|up)\b/i;
const DOWN_AFTER = /^\s*(?:lower|less|fewer|below|down|cheaper)\b/i;

/** The way a question asks a change to have gone, when it says one way only. */
export function askedDirection(query: string): Direction | undefined {
  const up = UP_ASKED.test(query);
  const down = DOWN_ASKED.test(query);
  return up === down ? undefined : up ? 'up' : 'down';
}

/** The way a change went, when the words by it say so. */
export function directionOf(r: FigureRecord): Direction | undefined {
  if (r.measures !== 'change') return undefined;
  const text = r.article.article.text;
  const before = text.slice(Math.max(r.figure.sentence.start, r.figure.start - 30), r.figure.start);
  const after = text.slice(r.figure.end, r.figure.end + 12);
  const up = UP_BEFORE.test(before) || UP_AFTER.test(after);
  const down = DOWN_BEFORE.test(before) || DOWN_AFTER.test(after);
  return up === down ? undefined : up ? 'up' : 'down';
}

/**
 * What a figure's own clause says about it, beyond the words right around it: the noun a
 * container counts (`94,500 pairs` of puffins), the subject far back in its clause (`Sandeel
 * landings ... totalled about 120,000 tonnes`), and a bracketed conversion of the figure before.
 */
import { toDoc, type Doc } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { words } from '../search/text.js';

/** Nouns that measure out what they count: `94,500 pairs` of puffins, `120,000 tonnes` of sandeel, `the total` of beds. */
const CONTAINERS = /^(?:pairs|tonnes|tons|barrels|litres|liters|gallons|bags|boxes|cases|doses|units|packs|bottles|crates|sacks|containers|kilograms|kilos|hectares|acres|head|total|tally)$/;

/**
 * Where the clause a figure stands in opens: after `;`, `:`, `, and`/`, but`/`, while`, or `, up from`
 * (a baseline's own clause). Wider than the near-word bound in `search/records.ts`, which keeps
 * a colon (`the price: $1,199`) because there the words before it still describe the figure.
 */
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|(?:up|down) from|compared with|along with|as well as|alongside|plus)\s/g;
/** Between a figure and the one it leads up to: `rose 6% to 94,500 pairs`. */
const LEADS_UP = /^\s*(?:to|from)\s*$/i;
/** Right before a bracketed conversion: `10 to 15 inches (`. */
const CONVERTS = /\d\s?\($|\w\s\($/;

export const EMPTY_DOC: Doc = { words: [], stems: [] };

/** Does the figure count in containers (`pairs`, `tonnes`, `the total`), which hold what its clause names? */
export function isContainer(r: FigureRecord): boolean {
  // Asked of every candidate of every figure question: worked out once per record.
  let known = containers.get(r);
  if (known === undefined) containers.set(r, (known = [r.figure.counts, r.figure.unit, r.figure.text].some((text) => CONTAINERS.test(words(text ?? '').pop() ?? ''))));
  return known;
}
const containers = new WeakMap<FigureRecord, boolean>();

const countsDocs = new WeakMap<FigureRecord, Doc>();
/** The words of what a figure counts, made once per record. */
export function countsDoc(r: FigureRecord): Doc {
  let doc = countsDocs.get(r);
  if (!doc) countsDocs.set(r, (doc = r.figure.counts ? toDoc(r.figure.counts) : EMPTY_DOC));
  return doc;
}

/** `10 to 15 inches (25 to 38 centimeters)`, `41 million crowns ($3.9 million)`: a measure or sum in brackets right after another converts it. */
export function isConversion(r: FigureRecord): boolean {
  return (r.figure.kind === 'measure' || r.figure.kind === 'money') && CONVERTS.test(r.article.article.text.slice(Math.max(0, r.figure.start - 3), r.figure.start));
}

const clauses = new WeakMap<FigureRecord, Doc>();

/**
 * The clause up to the figure, and `of ...` after it: `Sandeel landings from the North Sea,
 * mostly used for fishmeal, totalled about 120,000 tonnes` names what the figure measures
 * farther back than its near words reach.
 */
export function clauseOf(r: FigureRecord): Doc {
  let doc = clauses.get(r);
  if (!doc) {
    const text = r.article.article.text;
    // Back to the sentence's figure before it (whose words are its own), past one that leads
    // up to this figure (`puffins rose 6% to 94,500 pairs`).
    let from = r.figure.sentence.start;
    let at = r.figure.start;
    for (const f of r.article.extraction.figures.filter((f) => f.end <= r.figure.start && f.start >= r.figure.sentence.start).reverse()) {
      if (!LEADS_UP.test(text.slice(f.end, at))) {
        from = f.end;
        break;
      }
      at = f.start;
    }
    const before = text.slice(from, r.figure.start);
    let cut = 0;
    for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
    const of = /^[^.;,]{0,20}?\bof\s+((?:[\p{L}'’-]+\s*){1,4})/u.exec(text.slice(r.figure.end, r.figure.end + 60))?.[1] ?? '';
    clauses.set(r, (doc = toDoc(`${before.slice(cut)} ${of}`)));
  }
  return doc;
}

/** Words before a figure in its clause that make it a forecast (`will be $8.1 billion`, `expects to earn`). */
const FORECAST_BEFORE = /\b(?:will|would|expects?|expected to|forecasts?|forecast to|projects?|projected to|sees|is set to|are set to|is on track to)\b[^.;]*$/i;
/** How far before its figure a forecast's verb stands (`will be`, over a relative clause). */
const FORECAST_CHARS = 60;
const forecasts = new WeakMap<FigureRecord, boolean>();

/** Is the figure a forecast, what something will be rather than what it was? */
export function isForecast(r: FigureRecord): boolean {
  let known = forecasts.get(r);
  if (known === undefined) {
    const text = r.article.article.text;
    forecasts.set(r, (known = FORECAST_BEFORE.test(text.slice(Math.max(r.figure.sentence.start, r.figure.start - FORECAST_CHARS), r.figure.start))));
  }
  return known;
}

/** `flooded four times`, `three times the rate`: how often or how many-fold, never a count of people or things. */
export function isTimes(r: FigureRecord): boolean {
  return /^\s+times\b/i.test(r.article.article.text.slice(r.figure.end, r.figure.end + 8));
}

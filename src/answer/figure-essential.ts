/**
 * Words of a figure question that no answer may miss, though a long question may spare one
 * word: a statistic asked, what a unit measures, what costs.
 */
import type { QueryTerm } from '../search/match.js';
import type { FigureRecord } from '../search/records.js';
import { fold } from '../search/text.js';

/** Statistics a figure either is or is not: asked for, they must be found. */
const STATISTICS = /^(?:average|median|mean|typical|avg)$/;
/** Units that measure a material (`hectares of coca`, `barrels of oil`): what follows `of` is what is measured. */
const MEASURE_UNIT = /^(?:hectares?|acres?|tonnes?|tons?|barrels?|litres?|liters?|gallons?|kilos?|kilograms?|pounds?|ounces?|cubic|square|miles?|kilometres?|kilometers?|metres?|meters?|feet|megawatts?|gigawatts?|bushels?|bales?|sacks?|bags?)$/;
/** `how much will the strike cost`: the noun before `cost` is what costs. */
const COST_SUBJECT = /\bhow much (?:will|did|does|do|would|could|might|has|have|is|was) (?:the |a |an |this |that |its |their )?(?:\S+ )?(\S+) cost\b/;

/**
 * Whether a figure misses a word the question cannot spare, given which terms it found:
 * - `the average teacher salary`: a statistic asked must be the one the figure is;
 * - `hectares of coca` must be of coca;
 * - `Kanzaki's annual revenue` must be Kanzaki's;
 * - `how much will the recall cost Kestrel`: a refund is not the recall's cost. (A name may go
 *   by a description where its cost is given, `the sci-fi epic, which cost $200 million`, so
 *   a name there is spared.)
 * - `how much appearance money`: which kind of money is asked must be found.
 */
export function essentialMisses(query: string, terms: readonly QueryTerm[], head: QueryTerm | undefined): (r: FigureRecord, found: readonly boolean[]) => boolean {
  const folded = fold(query);
  const measured = head && MEASURE_UNIT.test(head.word) ? terms.findIndex((t) => t !== head && new RegExp(`\\b${head.word}\\s+of\\s+(?:the\\s+)?${t.word}\\b`).test(folded)) : -1;
  const costing = COST_SUBJECT.exec(folded)?.[1];
  const costs = costing ? terms.findIndex((t) => t.word === costing) : -1;
  const named = new Map<string, boolean>();
  const isName = (r: FigureRecord) => {
    if (!named.has(r.article.id)) named.set(r.article.id, isNameIn(r.article.article.text, costing!));
    return named.get(r.article.id)!;
  };
  // `what was Kanzaki's annual revenue`: whose it is must be found (`affected sales at about ¥210 billion` are no one's).
  const owner = POSSESSOR.exec(query)?.[1];
  const owns = owner && /^\p{Lu}/u.test(owner) ? terms.findIndex((t) => t.word === fold(owner)) : -1;
  // `how much appearance money was he paid`: a bonus is no appearance money; what kind of money is asked must be found.
  const kindOf = head && PLAIN_MONEY.test(head.word) ? new RegExp(`\\b([\\p{L}-]+)\\s+${head.word}\\b`, 'u').exec(folded)?.[1] : undefined;
  const kind = kindOf && !NOT_A_KIND.test(kindOf) ? terms.findIndex((t) => t.word === kindOf) : -1;
  return (r, found) => terms.some((t, i) => !found[i] && (STATISTICS.test(t.word) || i === measured || i === owns || i === kind || (i === costs && !isName(r))));
}

/** Words for a sum that say nothing of which sum it is. */
const PLAIN_MONEY = /^(?:money|cash|sum|funds|payment|payments)$/;
/** Words before them that ask how much, not which: `how much more money`, `the extra cash`. */
const NOT_A_KIND = /^(?:much|more|less|extra|additional|new|total|the|a|an|any|some|this|that|its|their|his|her|of|in|enough|public|taxpayers?|own)$/;

/** A name that owns what is asked: `Kanzaki's`. */
const POSSESSOR = /\b(\p{L}[\p{L}-]*)['’]s\b/u;

/** Whether a folded word is written as a name in a text: capitalised where no sentence starts. */
function isNameIn(text: string, word: string): boolean {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).replace(/[^\p{L}\d]/gu, '');
  return new RegExp(`(?<![.!?]\\s|^)${capitalised}\\b`, 'mu').test(text);
}

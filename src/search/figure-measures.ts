/**
 * What each figure of an article measures next to its neighbours: a change (`rose 12 basis
 * points`, `$600 less than`), the level it reached (`to 4.37%`), or a baseline it came from
 * (`from about 1.2 lakh in 2011`). A question about a change wants the first; others the level.
 */
import type { Figure } from '../extract/types.js';

export type Measure = 'change' | 'level' | 'baseline' | undefined;

/** `rose 12 basis points`, `up 3%`, `a fall of 38%` (but `turned up 19 devices` is no change). */
const CHANGE_BEFORE = /\b(?:(?<!\b(?:turned|picked|came|showed|ended|wound|set|signed|made|took|put|brought|built|stepped|dug|locked|lined|summed|racked|shut|broke|cut|handed|wrote|played|backed|knocked|pulled|slowed|calmed|narrowed|boiled|watered)\s)(?:up|down)\s+(?:by\s+)?|(?:rose|risen|fell|fallen|gained|lost|climbed|dropped|added|shed|jumped|slid|slipped|surged|soared|tumbled|plunged|declined|increased|decreased|rising|falling|grown|grew|jumping|climbing|surging|soaring|dropping|sliding|slipping|tumbling|plunging|declining|increasing|decreasing|gaining|losing|growing|shrank|shrunk|shrinking|contracted|contracting)\s+(?:by\s+)?(?:(?:a|an)\s+(?:record|further|additional|extra|estimated)\s+)?|(?:fall|drop|rise|increase|decrease|decline|gain|loss|jump|cut|reduction|growth)\s+of\s+)$/i;
/** `agreed to cut output by 2.2 million bpd`, `raised rates by 50 basis points`: the change a verb made. */
const CHANGED_BY = /\b(?:cut|cuts|raise|raised|raises|lower|lowered|lowers|increase|increased|reduce|reduced|boost|boosted|trim|trimmed|hike|hiked|lift|lifts|lifted)\s+(?:[\p{L}-]+\s+){0,3}by\s+$/iu;
/** `revenue rose to $14.2 billion`: the level a change reached, with no change printed. */
const LEVEL_BEFORE = /\b(?:rose|fell|climbed|dropped|increased|decreased|jumped|slipped|declined|grew|surged|slid|tumbled|shrank|edged (?:up|down)|reached|hit|rising|falling|climbing|dropping|declining|shrinking|growing)\s+to\s+$/i;
/** `a 4.8 per cent pay rise`, `a 50 basis-point cut`: a change named by the noun after it. */
const CHANGE_NOUN_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:rise|increase|hike|cut|drop|fall|decline|gain|jump|raise|reduction)s?\b/iu;
/** `pay 8.9 per cent more in rates`: a share more or less than before is a change. */
const SHARE_MORE = /^\s*(?:more|less|higher|lower|extra)\b/i;
/** (`16.8% below the peak`, `5% above last year's level`: a difference from another level, too.) */
const COMPARATIVE = /^\s*(?:(?:less|more|cheaper|dearer|higher|lower|fewer|smaller|bigger|larger|longer|shorter)\s+than|(?:below|above)\s+(?:the|its|their|his|her|last|a|an|pre-\S+)\b)/i;

/** `double the`, `compared with`, `up from`: a figure another is measured against. */
const BASELINE_BEFORE = /\b(?:(?:double|triple|twice|thrice|(?:two|three|four|five|ten) times|half)\s+(?:the\s+)?|(?:compared (?:with|to)|versus|vs\.?|up from|down from)\s+(?:the\s+)?)$/i;

/** `to`, `to a record`, `to a new high of`: what joins a change to the level it reached. */
const TO_LEVEL = /^\s*to\s+(?:(?:a|an)\s+)?(?:(?:record|new|fresh|all-time|multi-year|\d+-year)\s+)?(?:(?:high|low)\s+(?:of\s+)?)?$/i;

/** The measure of each figure, in the order given (the article's). */
export function measuresOf(text: string, figures: readonly Figure[]): Measure[] {
  // `rose 12 basis points to 4.37%`: a change, then the level; `from about 1.2 lakh in 2011 to
  // under 70,000 now`: an earlier level, then the level now.
  const levels = new Set<number>();
  const baselines = new Set<number>();
  /** Figures a `to` joins to the level they reached (`rose 12 basis points to 4.37%`): changes. */
  const changed = new Set<number>();
  figures.forEach((f, i, all) => {
    const prev = all[i - 1];
    if (!prev || prev.end > f.start) return;
    const between = text.slice(prev.end, f.start);
    // (`8,214 persons from 2,630 families had been moved to 57 camps` counts other things.)
    // (`..., up from 2.3% to 2.6% in August`: an aside giving the old range, not a new level.)
    if (/,\s*(?:up|down)\s+from\s+$/i.test(text.slice(Math.max(0, prev.start - 12), prev.start)) && /^\s*to\s*$/.test(between)) {
      baselines.add(i - 1).add(i);
      return;
    }
    // `will earn $152,600, up from $137,000`: the level now, then where it came from.
    // (The `from` may be the figure's own qualifier: `from $137,000`.)
    // (`eased to 11.2% from 13.5%`: the level reached, then where it came from.)
    const toThenFrom = /^\s*from\s*$/i.test(between) && /\bto\s+$/i.test(text.slice(Math.max(0, prev.start - 6), prev.start));
    if (toThenFrom || /^\s*,?\s*(?:up|down)\s+from\s*$/i.test(between) || (/^\s*,?\s*(?:up|down)\s*$/i.test(between) && /^from\b/i.test(f.text))) {
      levels.add(i - 1);
      baselines.add(i);
      return;
    }
    // (`from 2.4 million litres of pure alcohol to 5.5 million litres`: the same unit says it is one measure.)
    if ((!prev.counts || (prev.unit !== undefined && prev.unit === f.unit)) && /\bfrom\s+$/i.test(text.slice(Math.max(0, prev.start - 6), prev.start)) && /^[^.;:]{0,30}?\bto\s*$/.test(between)) {
      levels.add(i);
      baselines.add(i - 1);
    } else if (TO_LEVEL.test(between)) {
      levels.add(i);
      changed.add(i - 1);
    }
  });
  // `$600 less than the original cost`, `three more than the 28 needed`: a difference, not a level;
  // `settled up $3.14, or 4.1%, at $79.86`: a change (and its percentage), then the level.
  const differences = new Set<number>();
  figures.forEach((f, i, all) => {
    const before = text.slice(Math.max(f.sentence.start, f.start - 24), f.start);
    const prev = all[i - 1];
    const prevInSentence = prev !== undefined && prev.start >= f.sentence.start && prev.end <= f.start;
    if (LEVEL_BEFORE.test(before)) levels.add(i);
    // `nearly double the 374 deaths officially recorded`, `compared with 761`: what another figure is measured against.
    // (`risen to between £62bn and £70bn in 2019 prices, up from £54bn`: the `from` may be the figure's own qualifier.)
    else if ((BASELINE_BEFORE.test(before) || (/\b(?:up|down)\s+$/i.test(before) && /^from\b/i.test(f.text))) && !levels.has(i)) baselines.add(i);
    else if (COMPARATIVE.test(text.slice(f.end, f.end + 40)) || CHANGE_NOUN_AFTER.test(text.slice(f.end, f.end + 30)) || (f.kind === 'percent' && SHARE_MORE.test(text.slice(f.end, f.end + 12))) || CHANGE_BEFORE.test(before) || CHANGED_BY.test(before)) differences.add(i);
    else if (prevInSentence && differences.has(i - 1) && /^[\s,]*or\s*$/.test(text.slice(prev.end, f.start))) differences.add(i);
    else if (prevInSentence && differences.has(i - 1) && /\bat\s+$/.test(before)) levels.add(i);
  });
  // (Only a figure a `to` joins to its level is that level's change: not `400,000 households ... as
  // temperatures dropped to minus 15 degrees`, nor `A new 5 percent tax ..., while duty will rise to 18 percent from 15 percent`.)
  return figures.map((_, i) => (levels.has(i) ? 'level' : baselines.has(i) ? 'baseline' : changed.has(i) || differences.has(i) ? 'change' : undefined));
}

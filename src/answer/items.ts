import type { Span } from '../article/types.js';
import { speakerRefOf } from '../extract/names.js';
import type { SpeakerRef } from '../extract/types.js';
import type { LoadedArticle } from '../library/library.js';
import type { FigureRecord, PersonRecord, QuoteRecord, SentenceRecord } from '../search/records.js';
import type { AnswerItem, Citation } from './types.js';

/** The citation of a span of an article, with the article's title and outlet when known. */
export function citation(loaded: LoadedArticle, paragraph: number, span: Span): Citation {
  const { title, outlet, date, url } = loaded.article.meta;
  return {
    article: loaded.id,
    paragraph,
    start: span.start,
    end: span.end,
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
  };
}

/** The sentences a span stands in, verbatim (a quote may run over several). */
export function sentencesAround(loaded: LoadedArticle, span: Span): string {
  const block = loaded.article.paragraphs.find((b) => span.start >= b.start && span.start < b.end);
  if (!block) return loaded.article.text.slice(span.start, span.end);
  const first = block.sentences.find((s) => span.start >= s.start && span.start < s.end) ?? block.sentences[0]!;
  const last = [...block.sentences].reverse().find((s) => span.end > s.start) ?? first;
  const end = Math.max(last.end, first.end);
  return loaded.article.text.slice(first.start, end);
}

export function quoteItem(r: QuoteRecord): AnswerItem {
  const q = r.quote;
  return {
    kind: 'quote',
    speaker: q.speaker,
    quote: q.text,
    figure: null,
    text: sentencesAround(r.article, q),
    citation: citation(r.article, q.paragraph, q),
  };
}

/**
 * The rate printed right after a figure (`£340m a year`, `$1.81 a share`, `£8 to £12 a bottle`):
 * part of what the figure says, so the answer shows it (`a week after` is a time, not a rate).
 */
const RATE_AFTER = /^\s+(?:a|an|per|each)\s+(?:year|month|week|day|night|hour|quarter|share|head|person|adult|child|household|home|bottle|litre|liter|gallon|barrel|tonne|ton|kilo|kilogram|unit|game|match|season|trip|ride|journey|visit|pupil|student|patient|passenger|seat|ticket|flight|dose|pack|box|month's|kilowatt-hour|kilowatt hour|kwh|megawatt-hour|megawatt hour|mwh|mile|kilometre|kilometer|km|acre|hectare|ounce|pound|lb|kg|square (?:metre|meter|foot|mile|kilometre|kilometer))\b(?!\s+(?:ago|earlier|later|before|after|prior|into|from|of)\b)/i;

/** `of wheat`, `of crude oil`: one to three words after `of`. */
const OF_WORDS = [1, 2, 3].map((n) => new RegExp(`^\\s+of\\s+(?:[\\p{L}'’-]+\\s+){${n - 1}}[\\p{L}'’-]+(?=\\s)`, 'u'));

/** Where a rate starts after what a figure is of (`1.5 million tonnes of wheat a year`), if one does. */
function ofBeforeRate(text: string, from: number, to: number): number | undefined {
  const after = text.slice(from, Math.min(to, from + 60));
  for (const of of OF_WORDS) {
    const m = of.exec(after);
    if (m && RATE_AFTER.test(after.slice(m[0].length))) return from + m[0].length;
  }
  return undefined;
}

/** The words of what a figure counts up to its first complement (`reports` of `reports of burns`). */
const COUNTED_HEAD = /^[^\s]+(?:\s+(?!(?:of|in|for|to|at|on|from|with|by|that|who|which|and|or|as)\b)[^\s]+){0,3}/i;

/** What a figure counts when two words before its noun are joined: `small and medium businesses`. */
const JOINED_COUNTED = /^[^\s]+ (?:and|or) [^\s]+(?: [^\s]+)?$/i;

/** What a figure counts, when it is printed right after it (`nine rebounds`, `about 480,000 K9 Pro smartphones`): the noun says what the number is. */
function countedAfter(text: string, f: FigureRecord['figure']): number {
  // (`primary and secondary teachers`: two words joined before the noun are shown whole.)
  const head = f.counts ? (JOINED_COUNTED.test(f.counts) ? f.counts : COUNTED_HEAD.exec(f.counts)?.[0]) : undefined;
  if (!head) return f.end;
  const after = /^ +/.exec(text.slice(f.end, f.end + 3));
  return after && text.startsWith(head, f.end + after[0].length) && /^(?![\p{L}\d])/u.test(text.slice(f.end + after[0].length + head.length)) ? f.end + after[0].length + head.length : f.end;
}

/** A bracketed conversion right after a figure: ` ($23 billion)`, ` (about US$96 million)`, ` (25 to 38 centimetres)`. */
const CONVERSION_AFTER = /^ \((?:(?:about|around|roughly|approximately|some|nearly|almost|over|under|more than|less than|up to|just over|just under)\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?|[A-Z]{3}\s)?\d[\d,.]*(?:\s?(?:to|-|–)\s?[$€£¥₹]?\d[\d,.]*)?(?:\s?(?:million|billion|trillion|bn|m|k|crore|lakh))?(?:\s+[\p{L}.]+){0,2}\)/u;
const CONVERSION_CHARS = 48;

/** A figure as printed, with what it counts or its rate: the figure, its sentence and its citation. */
export function figureItem(r: FigureRecord): AnswerItem {
  const f = r.figure;
  const text = r.article.article.text;
  const counted = countedAfter(text, f);
  // (`¥3.6 trillion ($23 billion)`: its conversion, bracketed right after it, is part of how it is printed.)
  const converted = counted + (CONVERSION_AFTER.exec(text.slice(counted, Math.min(f.sentence.end, counted + CONVERSION_CHARS)))?.[0].length ?? 0);
  // (`1.5 million tonnes of wheat a year`: what it is of, when its rate follows.)
  const rateAt = ofBeforeRate(text, converted, f.sentence.end) ?? converted;
  const rate = RATE_AFTER.exec(text.slice(rateAt, Math.min(f.sentence.end, rateAt + 40)));
  const end = rate ? rateAt : converted;
  const span = { start: f.start, end: rate ? end + rate[0].length : end };
  return {
    kind: 'figure',
    speaker: null,
    quote: null,
    figure: text.slice(span.start, span.end),
    text: text.slice(f.sentence.start, f.sentence.end),
    citation: citation(r.article, f.paragraph, span),
  };
}

/**
 * A figure read from a sentence rather than extracted (an age, a time of day, a tally): the
 * printed span at `offset` in the sentence, cited verbatim.
 */
export function spanItem(r: SentenceRecord, offset: number, printed: string): AnswerItem {
  const start = r.sentence.start + offset;
  return { kind: 'figure', speaker: null, quote: null, figure: printed, text: r.sentence.text, citation: citation(r.article, r.block.paragraph, { start, end: start + printed.length }) };
}

export function sentenceItem(r: SentenceRecord, speaker: SpeakerRef | null = null, kind: AnswerItem['kind'] = 'sentence'): AnswerItem {
  return {
    kind,
    speaker,
    quote: null,
    figure: null,
    text: r.sentence.text,
    citation: citation(r.article, r.block.paragraph, r.sentence),
  };
}

/** `who is X`: the person with the sentence that introduces them. */
/** `sentences`: the person's article's sentences. */
export function personItem(r: PersonRecord, sentences: readonly SentenceRecord[]): AnswerItem | null {
  const intro = introduction(r, sentences);
  if (!intro) return null;
  return { ...sentenceItem(intro, speakerRefOf(r.entity)), kind: 'person' };
}

/**
 * The sentence that best says who someone is: one that describes them (`Ruiz, a former tenant
 * organizer, ...`, `Ruiz is a ...`, `a retired engineer named Philip Osei`), else one that gives
 * their age or role, else their first mention.
 */
function introduction(r: PersonRecord, sentences: readonly SentenceRecord[]): SentenceRecord | undefined {
  const at = (offset: number) => sentences.find((s) => offset >= s.sentence.start && offset < s.sentence.end);
  const mentions = [...r.entity.mentions].sort((a, b) => a.start - b.start);
  const names = [r.entity.name, ...r.entity.aliases.filter((a) => /^\p{Lu}/u.test(a) && !a.includes(' '))].map(escape).join('|');
  // (`Holloway’s was the only binding offer` is no description of Holloway.)
  const describes = new RegExp(`${describedAs(names, 'a|an|the|who|whose', 'a|an|the')}|\\b(?:a|an|the)\\s[^.]{0,60}?\\b(?:named|called)\\s+(?:${names})\\b`);
  // `Osei, 78,` gives an age, which says less than `a retired engineer named Philip Osei`.
  const aged = new RegExp(`\\b(?:${names}),\\s+\\d+\\b`);
  // `Ventaro’s team principal, Franz Kessler,` and `said Nicole Chua, head of research at Orchid
  // Realty`: the role right by the name introduces them; `According to Kessler, ...` only cites them.
  const role = r.entity.role?.toLowerCase();
  const name = escape(r.entity.name.toLowerCase());
  // (`through Norwegian forward Ingrid Vaage`: a role written right before the name, as a title, too.)
  const byRole = role ? new RegExp(`${escape(role)},?\\s+${name}|${name},\\s+(?:the\\s+|a\\s+|an\\s+)?${escape(role)}`) : undefined;
  const introduces = (t: string) => byRole !== undefined && byRole.test(t.toLowerCase());
  const candidates = [...new Set([...mentions.map((m) => at(m.start)), ...sentences.filter((s) => describes.test(s.sentence.text) || aged.test(s.sentence.text) || introduces(s.sentence.text))].filter((s): s is SentenceRecord => Boolean(s)))];
  const cites = (t: string) => new RegExp(`according to (?:${names})\\b`, 'i').test(t);
  // (`Ruiz, a former tenant organizer who ...`: what someone is, said in a phrase of its own, says most.)
  const indefinite = new RegExp(describedAs(names, 'a|an', 'a|an'));
  const rank = (s: SentenceRecord) =>
    (introduces(s.sentence.text) ? 2 : 0) + (describes.test(s.sentence.text) && !cites(s.sentence.text) ? (indefinite.test(s.sentence.text) ? DESCRIBED : 2) : aged.test(s.sentence.text) ? 1 : 0) + (role && s.sentence.text.toLowerCase().includes(role) ? 1 : 0);
  const best = candidates.sort((a, b) => rank(b) - rank(a) || a.sentence.start - b.sentence.start)[0];
  return best ?? (r.quotes[0] ? at(r.quotes[0].start) : undefined);
}

/** `Ruiz, 54, a ...`, `Ruiz is a ...`: a name, then what follows it when the text says what they are. */
function describedAs(names: string, afterComma: string, afterVerb: string): string {
  return `\\b(?:${names})(?:(?:['’]s)?(?:,\\s+\\d+)?,\\s+(?:${afterComma})\\b|\\s+(?:is|was|has been|became)\\s+(?:${afterVerb})\\b)`;
}

/** What a description of someone as `a` something ranks, above a role by their name (`Mayor Ana Ruiz`, 3). */
const DESCRIBED = 3.5;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

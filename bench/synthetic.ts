/**
 * Reproducible synthetic news articles for the scale benchmark (`bench/scale.ts`).
 *
 * Each article reads like local news copy: front matter, a lede carrying a figure, three or so
 * people quoted in the shapes real reporters use (`"…," said Jane Doe, the …` / `Doe said: "…"` /
 * `"…," she added.` / split `"A," he said. "B."`), reported speech, background sentences and
 * figures in several formats. Every article carries its ground truth (quotes with their speaker,
 * figures with what they count, sentences) with exact offsets, so the benchmark can score answers.
 *
 * Article `i` depends only on the seed and `i`, so the first 1,000 of 10,000 are the 1,000.
 */
import { childSeed, Rng } from './prng.js';
import { TOPICS, type FigureDef, type Topic } from './synthetic-topics.js';
import * as W from './synthetic-words.js';

/** The seed every published number was measured with. */
export const DEFAULT_SEED = 20260501;

/** A quoted piece as written: the words between the marks, and who said them. */
export interface TruthQuote {
  text: string;
  start: number;
  end: number;
  /** Full name of the speaker. */
  speaker: string;
  /** Pieces of one utterance (a split quote) share a group. */
  group: number;
}

/** A figure as written (qualifier and unit included), with what it counts in the article's words. */
export interface TruthFigure {
  text: string;
  start: number;
  end: number;
  counts: string;
  kind: FigureDef['kind'];
  /** A name in the figure's sentence that tells this article apart (the town), if any. */
  anchor?: string;
}

export interface TruthSpeaker {
  name: string;
  surname: string;
  gender: 'male' | 'female';
}

export interface TruthSentence {
  text: string;
  start: number;
  end: number;
  /** Holds a quote: search targets are taken from the other sentences. */
  quoted: boolean;
}

/** One generated article: its file text, and what a perfect reader would find in it. */
export interface SyntheticArticle {
  id: string;
  text: string;
  topic: string;
  place: string;
  quotes: TruthQuote[];
  figures: TruthFigure[];
  speakers: TruthSpeaker[];
  sentences: TruthSentence[];
}

/** `n` articles, `synthetic-00000` … in ID order. */
export function generateArticles(n: number, seed: number = DEFAULT_SEED): SyntheticArticle[] {
  return Array.from({ length: n }, (_, i) => generateArticle(i, seed));
}

type Mark = { kind: 'quote'; speaker: string; group: number } | { kind: 'figure'; def: FigureDef };
type Piece = string | { text: string; mark: Mark };

/** A paragraph under construction: sentences of pieces, with the spans of what was marked. */
class Paragraph {
  text = '';
  readonly quotes: TruthQuote[] = [];
  readonly figures: TruthFigure[] = [];
  readonly sentences: TruthSentence[] = [];

  add(pieces: Piece[]): void {
    if (this.text) this.text += ' ';
    const start = this.text.length;
    let quoted = false;
    for (const p of pieces) {
      if (typeof p === 'string') {
        this.text += p;
        continue;
      }
      const s = this.text.length;
      this.text += p.text;
      const span = { text: p.text, start: s, end: this.text.length };
      if (p.mark.kind === 'quote') {
        quoted = true;
        this.quotes.push({ ...span, speaker: p.mark.speaker, group: p.mark.group });
      } else this.figures.push({ ...span, counts: p.mark.def.counts, kind: p.mark.def.kind });
    }
    this.sentences.push({ text: this.text.slice(start), start, end: this.text.length, quoted });
  }
}

interface Speaker extends TruthSpeaker {
  role: string;
  title?: string;
  /** How the article names them again: `Okafor`, or `Ms Okafor` in a UK-style outlet. */
  ref: string;
  pronoun: 'he' | 'she';
}

/** Everything one article's templates are filled from. */
class Writer {
  readonly vars: Record<string, string | readonly string[]>;
  private group = 0;
  readonly open: string;
  readonly close: string;
  private readonly topicDeck: string[];
  private readonly commonDeck: string[];

  constructor(readonly rng: Rng, readonly topic: Topic, readonly place: string) {
    // Brand and party names (`Kelora Foods`, `the Talix Party`) come from their own parts, so a
    // town's name is not a company's name in another article.
    const n = composed(rng, W.SURNAME_HEADS, W.BRAND_TAILS);
    const named = (t: string) => t.replace('{n}', composed(rng, W.PLACE_HEADS, W.PLACE_TAILS, place));
    this.vars = {
      ...W.COMMON_SLOTS,
      ...topic.extra,
      thing: topic.things,
      place,
      n,
      district: rng.chance(0.5) ? `${composed(rng, W.PLACE_HEADS, W.PLACE_TAILS, place)} ${rng.pick(W.DISTRICT_TAILS)}` : composed(rng, W.PLACE_HEADS, W.PLACE_TAILS, place),
      landmark: named(rng.pick(W.LANDMARKS)),
      hall: named(rng.pick(W.HALLS)),
      street: `${composed(rng, W.PLACE_HEADS, W.PLACE_TAILS, place)} Street`,
      day: rng.pick(W.DAYS),
      orgShort: rng.pick(topic.orgShort),
    };
    for (const key of ['storm', 'export']) if (Array.isArray(this.vars[key])) this.vars[key] = rng.pick(this.vars[key] as string[]);
    this.vars.org = this.fill(rng.pick(topic.orgs));
    this.topicDeck = rng.shuffle(topic.quotes);
    this.commonDeck = rng.shuffle(W.COMMON_QUOTES);
    // Some outlets print curly quotes; the extractor must read both.
    [this.open, this.close] = rng.chance(0.3) ? ['\u201c', '\u201d'] : ['"', '"'];
  }

  /** Fills `{slot}`s; a list slot draws afresh at each use, a string slot is the article's own. */
  fill(template: string, extra: Record<string, string> = {}): string {
    let out = template;
    for (let pass = 0; pass < 4 && out.includes('{'); pass++) {
      out = out.replace(/\{(\w+)\}/g, (whole, key: string) => {
        const v = extra[key] ?? this.vars[key];
        if (v === undefined) return whole;
        return typeof v === 'string' ? v : this.rng.pick(v);
      });
    }
    // `a emotional` → `an emotional`.
    return out.replace(/\b([Aa]) (?=[aeiou])/g, '$1n ');
  }

  /** A whole sentence: filled, and starting with a capital (`The Penmouth Library remained…`). */
  sentence(template: string, extra: Record<string, string> = {}): string {
    return this.fill(template, extra).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }

  nextGroup(): number {
    return ++this.group;
  }

  /**
   * A quote's words: one or two clauses, never the same clause twice in one article, the
   * topic's own more often than the stock ones, sometimes with an opener or a closer.
   */
  quoteWords(clauses = this.rng.chance(0.45) ? 2 : 1): string {
    const one = () => {
      const deck = this.rng.chance(0.45) && this.topicDeck.length ? this.topicDeck : this.commonDeck;
      let clause = this.sentence(deck.pop() ?? this.rng.pick(W.COMMON_QUOTES));
      if (this.rng.chance(0.3)) clause = `${this.fill(this.rng.pick(W.QUOTE_OPENERS))} ${/^I\b/.test(clause) ? clause : clause.charAt(0).toLowerCase() + clause.slice(1)}`;
      if (this.rng.chance(0.25)) {
        const closer = this.fill(this.rng.pick(W.QUOTE_CLOSERS));
        clause += closer.startsWith(',') ? closer : ` ${closer}`;
      }
      return clause;
    };
    return Array.from({ length: clauses }, one).join('. ');
  }

  quote(text: string, speaker: Speaker, group: number): Piece[] {
    return [this.open, { text, mark: { kind: 'quote', speaker: speaker.name, group } }, this.close];
  }

  /** A figure sentence, its number formatted in one of the ways papers print it. */
  figure(def: FigureDef, attribute = false): Piece[] {
    let sentence = this.sentence(def.text);
    // A sentence that already names its source (`according to its filings`) is not given a second one.
    if (attribute && !/according to|\bsaid\b|\bshow(?:s|ed)?\b/.test(sentence)) sentence = sentence.replace(/\.$/, `, ${this.rng.pick(['officials said', `the ${this.vars.orgShort as string} said`, 'according to figures seen by the paper'])}.`);
    const at = sentence.indexOf('#');
    const before = sentence.slice(0, at);
    const value = formatFigure(this.rng, def, /\b(?:than|some|only|just|of)\s*$/i.test(before));
    return [before, { text: value, mark: { kind: 'figure', def } }, sentence.slice(at + 1)];
  }
}

function composed(rng: Rng, heads: readonly string[], tails: readonly string[], avoid = ''): string {
  for (;;) {
    const name = rng.pick(heads) + rng.pick(tails);
    if (name !== avoid) return name;
  }
}

/** A value between min and max, log-uniform (small counts are as common as large ones). */
function draw(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.float() * (Math.log(max) - Math.log(min)));
}

const commas = (v: number) => Math.round(v).toLocaleString('en-US');
const nice = (v: number) => (v >= 10000 ? Math.round(v / 100) * 100 : v >= 1000 ? Math.round(v / 10) * 10 : Math.round(v));
const QUALIFIERS = ['', '', '', 'at least ', 'more than ', 'nearly ', 'about ', 'almost ', 'roughly ', 'over '];

/** `at least 1,200`, `1.2 million`, `$3.4 million`, `£40m`, `1.2bn`, `45 percent`, `12.5 per cent`, `38%`, `90 mph`. */
export function formatFigure(rng: Rng, def: FigureDef, qualified: boolean): string {
  const v = draw(rng, def.min, def.max);
  const q = qualified ? '' : rng.pick(QUALIFIERS);
  switch (def.kind) {
    case 'count':
      if (v >= 1e9) return `${q}${(v / 1e9).toFixed(1)}${rng.chance(0.5) ? 'bn' : ' billion'}`;
      if (v >= 1e6 && rng.chance(0.6)) return `${q}${(v / 1e6).toFixed(1)} million`;
      return `${q}${commas(nice(v))}`;
    case 'money': {
      const cur = rng.pick(['$', '£', '€']);
      if (v >= 1e9) return `${q}${cur}${(v / 1e9).toFixed(1)}${rng.chance(0.5) ? 'bn' : ' billion'}`;
      if (v >= 1e6) return `${q}${cur}${(v / 1e6).toFixed(1)}${rng.chance(0.3) ? 'm' : ' million'}`;
      return `${q}${cur}${commas(v >= 10000 ? Math.round(v / 1000) * 1000 : nice(v))}`;
    }
    case 'percent': {
      const x = rng.chance(0.3) ? v.toFixed(1) : String(Math.round(v));
      return `${q}${x}${rng.pick([' percent', ' per cent', '%'])}`;
    }
    case 'measure':
      return `${q}${Math.round(v)} ${rng.pick(def.units ?? ['km'])}`;
  }
}

function makeSpeaker(w: Writer, taken: Set<string>, ukStyle: boolean): Speaker {
  const { rng } = w;
  const gender = rng.chance(0.5) ? 'female' : 'male';
  const first = rng.pick(gender === 'female' ? W.FEMALE_FIRST : W.MALE_FIRST);
  let surname: string;
  do surname = rng.chance(0.55) ? rng.pick(W.SURNAMES) : composed(rng, W.SURNAME_HEADS, W.SURNAME_TAILS);
  while (taken.has(surname) || W.NOT_SURNAMES.has(surname));
  taken.add(surname);
  const role = rng.pick(w.topic.roles);
  const honorific = gender === 'female' ? 'Ms' : 'Mr';
  return {
    name: `${first} ${surname}`,
    surname,
    gender,
    role: w.fill(role.phrase),
    ...(role.title ? { title: role.title } : {}),
    ref: ukStyle && rng.chance(0.7) ? `${honorific} ${surname}` : surname,
    pronoun: gender === 'female' ? 'she' : 'he',
  };
}

type IntroShape = 'saidName' | 'nameSaidColon' | 'titleTold' | 'nameRoleSaid';

/** The paragraph that first names a speaker, with a quote. */
function intro(w: Writer, p: Paragraph, s: Speaker, shape: IntroShape): void {
  const g = w.nextGroup();
  const words = w.quoteWords();
  switch (shape) {
    case 'saidName':
      p.add([...w.quote(`${words},`, s, g), ` said ${s.name}, ${s.role}.`]);
      break;
    case 'nameSaidColon':
      p.add([`${s.name}, ${s.role}, said: `, ...w.quote(`${words}.`, s, g)]);
      break;
    case 'nameRoleSaid':
      p.add([...w.quote(`${words},`, s, g), ` ${s.name}, ${s.role}, said.`]);
      break;
    case 'titleTold':
      p.add([`${s.title} ${s.name} told reporters on ${w.vars.day as string} that ${w.fill(w.rng.pick(W.TOLD_CLAUSES))}`]);
      p.add([...w.quote(`${words},`, s, g), ` ${s.pronoun} said.`]);
      break;
  }
}

type FollowShape = 'added' | 'refColon' | 'split' | 'refSaid';

/** A later quote from a speaker already named. `added` and pronoun splits must follow the intro directly. */
function follow(w: Writer, p: Paragraph, s: Speaker, shape: FollowShape, pronounOk: boolean): void {
  const g = w.nextGroup();
  const who = pronounOk && w.rng.chance(0.5) ? s.pronoun : s.ref;
  switch (shape) {
    case 'added':
      p.add([...w.quote(`${w.quoteWords(1)},`, s, g), ` ${pronounOk ? s.pronoun : s.ref} added.`]);
      break;
    case 'refColon':
      p.add([`${s.ref} said: `, ...w.quote(`${w.quoteWords()}.`, s, g)]);
      break;
    case 'refSaid':
      p.add([...w.quote(`${w.quoteWords()},`, s, g), ` ${s.ref} said.`]);
      break;
    case 'split':
      p.add([...w.quote(`${w.quoteWords(1)},`, s, g), ` ${who} said.`]);
      p.add(w.quote(`${w.quoteWords(1)}.`, s, g));
      break;
  }
}

/** Generates article `index` of the seeded series. */
export function generateArticle(index: number, seed: number = DEFAULT_SEED): SyntheticArticle {
  const rng = new Rng(childSeed(seed, index));
  const topic = rng.pick(TOPICS);
  const place = composed(rng, W.PLACE_HEADS, W.PLACE_TAILS);
  const w = new Writer(rng, topic, place);
  const ukStyle = rng.chance(0.35);
  const taken = new Set<string>();
  const speakers = [makeSpeaker(w, taken, ukStyle), makeSpeaker(w, taken, ukStyle), ...(rng.chance(0.7) ? [makeSpeaker(w, taken, ukStyle)] : [])];
  const figures = rng.shuffle(topic.figures);
  const narrative = rng.shuffle([...topic.narrative, ...W.COMMON_NARRATIVE]);
  const shapes = rng.shuffle<IntroShape>(['saidName', 'nameSaidColon', 'nameRoleSaid', 'titleTold']);
  const paragraphs: Paragraph[] = [];
  const para = () => {
    const p = new Paragraph();
    paragraphs.push(p);
    return p;
  };

  const lede = para();
  lede.add(w.figure(rng.pick(topic.ledes)));
  if (rng.chance(0.4)) lede.add([w.sentence(narrative.pop()!)]);

  speakers.forEach((s, i) => {
    const shape = s.title ? shapes[i]! : shapes.filter((x) => x !== 'titleTold')[i % 3]!;
    intro(w, para(), s, shape);
    // Right after the intro a pronoun is unambiguous, as in real copy.
    follow(w, para(), s, rng.pick<FollowShape>(['added', 'split', 'refSaid', 'refColon']), true);
    const p = para();
    if (rng.chance(0.5)) p.add([w.sentence(rng.pick(W.COMMON_REPORTED), { ref: s.ref })]);
    const def = figures.pop();
    if (def) p.add(w.figure(def, rng.chance(0.3)));
    if (rng.chance(0.6) && narrative.length) p.add([w.sentence(narrative.pop()!)]);
  });
  // The first speaker comes back by surname, with nobody else's pronoun in between.
  follow(w, para(), speakers[0]!, rng.pick<FollowShape>(['refColon', 'refSaid', 'split']), false);
  const end = para();
  const def = figures.pop();
  if (def) end.add(w.figure(def));
  end.add([w.sentence(narrative.pop()!)]);

  return assemble(`synthetic-${String(index).padStart(5, '0')}`, w, rng, paragraphs, speakers);
}

function assemble(id: string, w: Writer, rng: Rng, paragraphs: Paragraph[], speakers: Speaker[]): SyntheticArticle {
  const date = `20${rng.int(24, 26)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  let text = `---\ntitle: ${w.sentence(rng.pick(w.topic.headlines))}\noutlet: ${rng.pick(W.OUTLETS)}\ndate: ${date}\n---\n`;
  const out: SyntheticArticle = { id, text: '', topic: w.topic.name, place: w.place, quotes: [], figures: [], speakers: speakers.map(({ name, surname, gender }) => ({ name, surname, gender })), sentences: [] };
  paragraphs.forEach((p, i) => {
    if (i) text += '\n\n';
    const at = text.length;
    const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + at, end: x.end + at });
    out.quotes.push(...p.quotes.map(shift));
    out.sentences.push(...p.sentences.map(shift));
    for (const f of p.figures) {
      const sentence = p.sentences.find((s) => f.start >= s.start && f.end <= s.end)?.text ?? '';
      const anchor = [w.place, w.vars.district as string].find((name) => sentence.includes(name));
      out.figures.push({ ...shift(f), ...(anchor ? { anchor } : {}) });
    }
    text += p.text;
  });
  out.text = `${text}\n`;
  return out;
}

import type { Span } from '../article/types.js';

/** Who said a quote, as the contract prints it. */
export interface SpeakerRef {
  name: string;
  role?: string;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'group';

/** A canonical person, organisation or anonymous source, with the names it goes by. */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** The fullest name the article gives (`Antony Blinken`, `Gaza health ministry`, `Egyptian official`). */
  name: string;
  role?: string;
  organisation?: string;
  /** Other ways the article or a user may refer to it: surname, role, acronym. Lower-case free. */
  aliases: string[];
  /** True for unnamed sources (`an Egyptian official`, `a Hamas source`). */
  anonymous?: boolean;
  /** From an honorific, a first name or the pronouns the article uses for them. */
  gender?: 'male' | 'female';
  /** Where the article names it. */
  mentions: Span[];
}

export interface Quote extends Span {
  /** The quoted words, without the quote marks: `text === article.text.slice(start, end)`. */
  text: string;
  /** 1-based body paragraph the quote stands in. */
  paragraph: number;
  speaker: SpeakerRef | null;
  /** The entity that spoke, when resolved. */
  speakerId: string | null;
  /** `full`: a quoted sentence or more; `partial`: a phrase quoted inside the writer's own sentence. */
  kind: 'full' | 'partial';
  /** Pieces of one utterance (split around the attribution, or over paragraphs) share a group number. */
  group: number;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'fraction';

export interface Figure extends Span {
  /** The figure as printed, with its qualifier: `at least 27,708`, `$4.5 billion`, `hundreds of thousands`. */
  text: string;
  /** Numeric value where one exists (`27708`, `4.5e9`, `0.12` is NOT used: percentages keep `12`). */
  value: number | null;
  /** Upper bound for ranges (`between 15 and 20` → value 15, valueMax 20). */
  valueMax?: number;
  kind: FigureKind;
  /** `at least`, `about`, `more than`, `nearly`, `another`, `up to`... */
  qualifier?: string;
  /** Currency (`USD`, `EUR`, `GBP`...) or unit (`mph`, `tonnes`, `%`). */
  unit?: string;
  /** What is counted: `people`, `Palestinians`, `homes without power`, `flights`. */
  counts?: string;
  /** The event it measures: `killed`, `deaths`, `cancelled`, `displaced`. */
  event?: string;
  /** Who gives it: `Gaza health ministry`, `AFP tally`. */
  source?: string;
  /** 1-based body paragraph. */
  paragraph: number;
  /** The sentence the figure stands in. */
  sentence: Span;
}

/**
 * A sentence of reported speech: someone said, warned, confirmed... something, with or
 * without quote marks (`The Met Office warned of flooding on the coast.`).
 */
export interface Statement extends Span {
  /** The sentence, verbatim. */
  text: string;
  paragraph: number;
  speaker: SpeakerRef;
  speakerId: string;
  /** The speech verb as printed (`warned`). */
  verb: string;
}

/** Everything extracted from one article. */
export interface Extraction {
  quotes: Quote[];
  figures: Figure[];
  entities: Entity[];
  statements: Statement[];
}

import type { SpeakerRef } from '../extract/types.js';

/** The commands every front end offers. */
export const COMMANDS = ['ask', 'whosaid', 'quotes', 'figure', 'search'] as const;
export type Command = (typeof COMMANDS)[number];

/** Where an answer stands in its article; `start`/`end` are offsets into the article file. */
export interface Citation {
  article: string;
  /** Body paragraph, counted from 1. */
  paragraph: number;
  start: number;
  end: number;
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

export type AnswerKind = 'quote' | 'statement' | 'figure' | 'sentence' | 'person';

/** One sourced answer: every string in it is a verbatim slice of the article. */
export interface AnswerItem {
  kind: AnswerKind;
  speaker: SpeakerRef | null;
  /** The quoted words, without marks (quotes only). */
  quote: string | null;
  /** The figure as printed, with its qualifier (figures only). */
  figure: string | null;
  /** The sentence the answer stands in. */
  text: string;
  citation: Citation;
}

/** What every front end renders: the contract's answer JSON. */
export interface Answer {
  command: Command;
  query: string;
  /** Best first; empty when the article does not answer. */
  answers: AnswerItem[];
  /** One line for people: what was found, or that the article does not say it. */
  message: string;
  /** Close entries to offer when nothing matched ("did you mean"). */
  suggestions?: string[];
}

/** A question to the engine. */
export interface Request {
  command: Command;
  query: string;
  /** Restrict to one article ID. */
  article?: string | undefined;
  /** The Discord server asking: it sees the shared articles and its own. */
  guild?: string | undefined;
}

/** Where a handler looks: one article, or the articles `accept` lets through (all when absent). */
export interface Scope {
  article?: string | undefined;
  accept?: ((article: string) => boolean) | undefined;
}

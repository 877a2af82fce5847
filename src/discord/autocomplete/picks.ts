/**
 * Stable short keys for picked quotes and figures. An autocomplete value can hold at most 100
 * characters, and many quotes are longer, so a picked quote travels as `q#<offset>#<article ID>`
 * (a figure as `f#...`) and is found again exactly, even after a restart. Typed text never matches
 * the pattern by accident in practice; if a key no longer resolves, it is asked as plain text.
 */
import { MESSAGES } from '../../errors.js';
import type { Engine } from '../../answer/engine.js';
import { figureItem, quoteItem } from '../../answer/items.js';
import type { Answer, AnswerItem } from '../../answer/types.js';
import type { FigureRecord, QuoteRecord } from '../../search/records.js';
import { resolveArticle } from '../articles.js';
import { DISCORD_LIMITS } from '../limits.js';

const KEY = /^([qf])#(\d+)#(.+)$/;

export function quoteKey(r: QuoteRecord): string {
  return `q#${r.quote.start}#${r.article.id}`.slice(0, DISCORD_LIMITS.choiceValue);
}

export function figureKey(r: FigureRecord): string {
  return `f#${r.figure.start}#${r.article.id}`.slice(0, DISCORD_LIMITS.choiceValue);
}

type Picked = { kind: 'quote'; record: QuoteRecord } | { kind: 'figure'; record: FigureRecord };

/** The quote or figure a key stands for, if it still exists. */
export function resolvePick(engine: Engine, value: string, guild?: string): Picked | undefined {
  const m = KEY.exec(value.trim());
  if (!m) return undefined;
  const start = Number(m[2]);
  const article = resolveArticle(engine.library, m[3]!, guild);
  if (!article) return undefined;
  if (m[1] === 'q') {
    const record = engine.index.in('quotes', article).find((r) => r.quote.start === start);
    return record && { kind: 'quote', record };
  }
  const record = engine.index.in('figures', article).find((r) => r.figure.start === start);
  return record && { kind: 'figure', record };
}

/**
 * The answer to a picked quote or figure: that very item first, then what the engine finds for
 * the same words elsewhere (in `article`, when one is chosen).
 */
export function answerPicked(engine: Engine, picked: Picked, article: string | undefined, guild?: string): Answer {
  const lead: AnswerItem = picked.kind === 'quote' ? quoteItem(picked.record) : figureItem(picked.record);
  const command = picked.kind === 'quote' ? 'whosaid' : 'figure';
  const words = picked.kind === 'quote' ? picked.record.quote.text : picked.record.about || picked.record.figure.text;
  const others = engine.answer({ command, query: words, article, guild }).answers;
  const same = (a: AnswerItem) => a.citation.article === lead.citation.article && a.citation.start === lead.citation.start;
  const answers = [lead, ...others.filter((a) => !same(a))];
  const message =
    picked.kind === 'quote' ? MESSAGES.saidBy(lead.speaker?.name ?? null, lead.citation.paragraph) : MESSAGES.figuresFound(answers.length);
  return { command, query: picked.kind === 'quote' ? picked.record.quote.text : picked.record.figure.text, answers, message };
}

/**
 * The autocomplete lists, built once from the engine's index when the bot starts: quotes (most
 * recent articles first), speakers (most quoted first), figures (ledes first) and articles.
 */
import type { AutocompleteInteraction } from 'discord.js';
import type { Engine } from '../../answer/engine.js';
import { articleLabel, byDateDesc, resolveArticle, visibleIn } from '../articles.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { COMMON_OPTIONS } from '../options.js';
import { ChoiceList, keysOf, type Entry } from './rank.js';
import { figureKey, quoteKey } from './picks.js';

export interface Choices {
  quotes: ChoiceList;
  speakers: ChoiceList;
  figures: ChoiceList;
  articles: ChoiceList;
}


/** `“quote…” — Speaker`, the quote shortened so the speaker always shows. */
function quoteName(text: string, speaker: string): string {
  const suffix = ` — ${truncate(speaker, 40)}`;
  return `“${truncate(text, DISCORD_LIMITS.choiceName - suffix.length - 2)}”${suffix}`;
}

const built = new WeakMap<Engine, { version: number; choices: Choices }>();

/**
 * The engine's autocomplete lists, rebuilt only when its articles have changed since (a file
 * added, changed or deleted while serving).
 */
export function choicesOf(engine: Engine): Choices {
  const cached = built.get(engine);
  if (cached && cached.version === engine.version) return cached.choices;
  const choices = buildChoices(engine);
  built.set(engine, { version: engine.version, choices });
  return choices;
}

export function buildChoices(engine: Engine): Choices {
  const { index, library } = engine;
  const recency = new Map(library.list().sort(byDateDesc).map((a, i) => [a.id, i]));
  const rankOf = (id: string) => recency.get(id) ?? 0;

  const quotes: Entry[] = [...index.quotes]
    .sort((a, b) => rankOf(a.article.id) - rankOf(b.article.id) || a.quote.start - b.quote.start)
    .map((r) => ({
      name: quoteName(r.quote.text, r.quote.speaker?.name ?? 'unattributed'),
      value: quoteKey(r),
      article: r.article.id,
      keys: keysOf(r.quote.text, r.utterance),
    }));

  const speakers: Entry[] = index.people
    .filter((p) => p.quotes.length > 0)
    .sort((a, b) => b.quotes.length - a.quotes.length || rankOf(a.article.id) - rankOf(b.article.id))
    .map((p) => ({
      name: `${p.entity.name}${p.entity.role ? `, ${p.entity.role}` : ''} · ${p.quotes.length} quote${p.quotes.length === 1 ? '' : 's'}`,
      value: p.entity.name,
      article: p.article.id,
      keys: keysOf(p.entity.name, ...p.entity.aliases, p.entity.role),
    }));

  const figures: Entry[] = [...index.figures]
    .sort((a, b) => a.figure.paragraph - b.figure.paragraph || rankOf(a.article.id) - rankOf(b.article.id) || a.figure.start - b.figure.start)
    .map((r) => {
      const what = [...new Set([r.figure.counts, r.figure.event].filter(Boolean))].join(' ');
      return {
        name: `${r.figure.text}${what ? ` — ${what}` : ''} (paragraph ${r.figure.paragraph})`,
        value: figureKey(r),
        article: r.article.id,
        keys: keysOf(what, r.about, r.figure.text),
      };
    });

  const articles: Entry[] = library
    .list()
    .sort(byDateDesc)
    .map((a) => ({
      name: a.article.meta.title && a.id.length < 60 ? `${truncate(articleLabel(a), 97 - a.id.length)} (${a.id})` : articleLabel(a),
      value: a.id,
      article: a.id,
      keys: keysOf(a.article.meta.title, a.id, a.article.meta.outlet),
    }));

  return { quotes: new ChoiceList(quotes), speakers: new ChoiceList(speakers), figures: new ChoiceList(figures), articles: new ChoiceList(articles) };
}

/**
 * Answers an autocomplete request from `list`, limited to the article already chosen in `article:`
 * if any. (The router answers for the `article` option itself.)
 */
export async function respondFrom(interaction: AutocompleteInteraction, list: ChoiceList, engine: Engine): Promise<void> {
  const guild = interaction.guildId ?? undefined;
  const typedArticle = interaction.options.getString(COMMON_OPTIONS.article);
  const article = typedArticle ? resolveArticle(engine.library, typedArticle, guild) : undefined;
  await interaction.respond(list.rank(String(interaction.options.getFocused()), article ?? visibleIn(engine.library, guild)));
}

/** `/help`: what each command does, and the shared options. */
import type { EmbedData } from '../limits.js';
import { DISCORD_MESSAGES as M } from '../messages.js';

const USAGE = [
  ['/whosaid quote:', M.whosaidDescription],
  ['/quotes speaker:', M.quotesDescription],
  ['/figure about:', M.figureDescription],
  ['/ask question:', M.askDescription],
  ['/search text:', M.searchDescription],
  ['/article show · list · add · remove', M.articleDescription],
] as const;

export function helpEmbed(articles: number): EmbedData {
  return {
    title: M.helpTitle,
    description: M.helpIntro,
    fields: [
      ...USAGE.map(([name, value]) => ({ name, value })),
      { name: M.helpOptionsTitle, value: M.helpOptions(articles > 1) },
    ],
    footer: { text: M.libraryFooter(articles) },
  };
}

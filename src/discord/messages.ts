/** Every message the Discord front end shows a user or an operator, in one place (as src/errors.ts). */
export const DISCORD_MESSAGES = {
  // Command and option descriptions (Discord: at most 100 characters each).
  whosaidDescription: 'Who said these words? Finds the verbatim quote and its speaker.',
  quoteOption: 'Words from the quote (start typing to pick one)',
  quotesDescription: 'Everything a person is quoted saying in the article.',
  speakerOption: 'The speaker’s name or role (start typing to pick one)',
  figureDescription: 'A figure the article gives: how many, how much.',
  aboutOption: 'What is counted, e.g. “people killed” (start typing to pick one)',
  askDescription: 'Ask a question; the answer is a sourced quote, figure or passage.',
  questionOption: 'Your question about the article',
  searchDescription: 'Find the passages of the article that say something.',
  textOption: 'Words to look for',
  articleDescription: 'Title, outlet, date, link and who is quoted in an article.',
  helpDescription: 'How to use byline.',
  articleOption: 'Which article (title or ID)',
  hideOption: 'Show the answer only to you',
  mentionOption: 'Point someone at the answer (they get a ping)',

  // Replies
  asked: (command: string, query: string) => `-# /${command} “${query}”`,
  pointedAt: (userId: string, askerId: string) => `<@${userId}>, <@${askerId}> points you to this answer.`,
  closest: 'Closest in the article (pick one to run it):',
  moreMatches: (from: number, to: number, total: number) => `More matches (${from}–${to} of ${total})`,
  page: (page: number, pages: number) => `${page} / ${pages}`,
  previous: 'Previous',
  next: 'Next',
  speakerUnknown: 'Speaker not named in the article',
  inContext: 'In context',
  saidBy: 'Said by',
  quoted: 'Quoted',
  nobodyQuoted: 'Nobody is quoted.',
  articleCounts: (quotes: number, figures: number) =>
    `${quotes} quote${quotes === 1 ? '' : 's'} · ${figures} figure${figures === 1 ? '' : 's'}`,
  articlesTitle: (count: number) => `${count} articles loaded`,
  articlesHint: 'Add `article:` to any command to ask about one of them.',
  helpTitle: 'byline: sourced answers about the news',
  helpIntro:
    'Every answer is a verbatim quote, figure or passage from the article, with the paragraph it stands in. ' +
    'When the article does not say it, byline says so.',
  helpOptions: (multi: boolean) =>
    `${multi ? '`article:` picks the article (start typing its title). ' : ''}` +
    '`hide:True` shows the answer only to you; `mention:` points someone at it.',
  helpOptionsTitle: 'Options',
  libraryFooter: (count: number) => `${count} article${count === 1 ? '' : 's'} loaded`,

  // Notices (ephemeral)
  queryTooLong: (max: number) => `That is too long: keep it under ${max} characters.`,
  unknownArticle: (typed: string) => `There is no article matching “${typed}”. Start typing in \`article:\` to pick one.`,
  noArticles: 'No articles are loaded, so there is nothing to answer from yet.',
  cooldown: (seconds: number) => `You are going a bit fast: try again in ${seconds} s.`,
  expired: 'This list has expired: run the command again.',
  notYours: 'Only the person who ran the command can use these buttons: run it yourself to get your own.',
  failed: 'Something went wrong while answering. It has been logged; please try again.',
  shuttingDown: 'byline is restarting: try again in a minute.',
  busy: 'byline is answering a lot of questions right now: try again in a moment.',

  // Operator lines (stderr, one line each)
  missingToken: 'DISCORD_TOKEN is not set: add your bot token to .env (see .env.example).',
  invalidToken: 'Discord rejected DISCORD_TOKEN (401 Unauthorized): check the bot token in .env.',
  loginFailed: (reason: string) => `Could not connect to Discord: ${reason}`,
  deployed: (count: number, where: string) => `Registered ${count} commands ${where}.`,
  deployedGlobal: 'Global commands can take up to an hour to appear in every server; set DISCORD_GUILD_ID for instant updates while testing.',
  deployFailed: (reason: string) => `Could not register the commands: ${reason}`,
} as const;

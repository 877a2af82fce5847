/**
 * What the HTTP interactions mode says to people and operators, beyond the texts it shares with the
 * gateway bot (src/discord/messages.ts).
 */
export const HTTP_MESSAGES = {
  // Replies
  /** Under a paged answer whose query is too long to travel in a button's custom ID. */
  firstPageOnly: '-# Only the first matches are shown: ask again in fewer words to page through all of them.',
  /** Instead of the "pick one" header when the suggestions cannot be buttons (same reason). */
  closestAsText: 'Closest in the article (ask again with one of them):',
  /** `/article add|remove` over HTTP. */
  articleChangesNeedBot: 'Adding and removing articles works with the gateway bot (`npm start`); here, put files in the articles folder instead.',

  // Operator lines (stderr, one line each)
  missingPublicKey:
    'DISCORD_PUBLIC_KEY is not set: copy the application’s Public Key from the developer portal (General Information) into .env.',
  badPublicKey: 'DISCORD_PUBLIC_KEY is not a valid Ed25519 public key.',
  listening: 'byline is answering Discord interactions',
  stopping: 'shutting down: finishing requests in flight',
  stopped: 'byline stopped',
  portInUse: (port: number) => `Port ${port} is already in use: set PORT to a free port.`,
} as const;

/**
 * Budgets of the HTTP interactions endpoint, in one place. Discord's own limits (custom IDs,
 * choices, embeds) stay in src/discord/limits.ts; these are about the transport.
 */
export const HTTP_LIMITS = {
  /**
   * Largest request body read. An interaction is a few KB: a 6,000-character option, or a button
   * click carrying its message (at most 6,000 characters of embeds and 2,000 of content), stays
   * far below this even at four bytes a character.
   */
  maxBodyBytes: 64 * 1024,
  /**
   * After answering 413, read at most this much more of the body before closing the connection, so
   * that a normal client sees the 413 instead of a reset, and a hostile one cannot stream forever.
   */
  drainBytes: 1024 * 1024,
  /**
   * A signed request whose timestamp is further than this from our clock is refused, so a captured
   * request cannot be replayed later. Discord signs the moment it sends; five minutes leaves room
   * for clock skew.
   */
  maxClockSkewSeconds: 300,
  /** Discord gives up on an interaction after 3 s; a request taking longer than this is dropped. */
  requestTimeoutMs: 10_000,
  /** On SIGINT/SIGTERM, in-flight requests get this long to finish before connections are closed. */
  shutdownGraceMs: 5000,
} as const;

/** Discord's interaction types (API v10), by name. */
export const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
/** Discord's interaction response types (API v10), by name. */
export const RESPONSE = { pong: 1, message: 4, deferredUpdate: 6, update: 7, choices: 8 } as const;

/** The message flag that shows a reply only to the person who asked. */
export const EPHEMERAL_FLAG = 64;

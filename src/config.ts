import 'dotenv/config';
import { z } from 'zod';

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** Empty strings in `.env` mean "not set". */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_GUILD_ID: optional.pipe(z.string().regex(/^\d{15,25}$/, 'must be a Discord guild ID (digits)').optional()),
  DISCORD_API_URL: optional.pipe(z.string().url('must be a URL such as https://discord.com/api').optional()),
  ARTICLES_DIR: optional,
  LOG_LEVEL: optional.pipe(z.enum(LOG_LEVELS).optional()),
});

/** byline's settings, read once from the environment (`.env` via dotenv). */
export interface Config {
  discordToken: string | undefined;
  guildId: string | undefined;
  /** REST base without the version, passed to discord.js as `rest.api`. */
  apiUrl: string;
  articlesDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
}

export const DEFAULTS = {
  apiUrl: 'https://discord.com/api',
  articlesDir: 'data/articles',
  logLevel: 'info',
} as const;

/**
 * Validates the environment. Throws one readable error naming each bad setting, never
 * echoing the token's value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}. See .env.example.`);
  }
  const e = parsed.data;
  return {
    discordToken: e.DISCORD_TOKEN,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: (e.DISCORD_API_URL ?? DEFAULTS.apiUrl).replace(/\/+$/, ''),
    articlesDir: e.ARTICLES_DIR ?? DEFAULTS.articlesDir,
    logLevel: e.LOG_LEVEL ?? DEFAULTS.logLevel,
  };
}

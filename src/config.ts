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
  CACHE_DIR: optional,
  DISCORD_PUBLIC_KEY: optional.pipe(z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the application public key: 64 hex characters').optional()),
  PORT: optional.pipe(
    z.string().regex(/^\d{1,5}$/, 'must be a port number').transform(Number).pipe(z.number().max(65535, 'must be at most 65535')).optional(),
  ),
  HTTP_PATH: optional.pipe(z.string().regex(/^\/[\w\-./~]*$/, 'must be a URL path such as /interactions').optional()),
});

/** byline's settings, read once from the environment (`.env` via dotenv). */
export interface Config {
  discordToken: string | undefined;
  guildId: string | undefined;
  /** REST base without the version, passed to discord.js as `rest.api`. */
  apiUrl: string;
  articlesDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Folder of cached extractions; undefined when turned off (`CACHE_DIR=off`). */
  cacheDir: string | undefined;
}

/** The settings only `npm run serve` (the HTTP interactions endpoint) reads. */
export interface HttpSettings {
  /** The application's Ed25519 public key (hex, lower case); `npm run serve` refuses to start without it. */
  publicKey: string | undefined;
  /** Port `npm run serve` listens on (0: any free port). */
  port: number;
  /** Path Discord POSTs interactions to (the Interactions Endpoint URL's path). */
  httpPath: string;
}

export const DEFAULTS = {
  apiUrl: 'https://discord.com/api',
  articlesDir: 'data/articles',
  logLevel: 'info',
  cacheDir: '.cache/byline',
  port: 8787,
  httpPath: '/interactions',
} as const;

/**
 * Validates the environment. Throws one readable error naming each bad setting, never
 * echoing the token's value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
  return {
    discordToken: e.DISCORD_TOKEN,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: (e.DISCORD_API_URL ?? DEFAULTS.apiUrl).replace(/\/+$/, ''),
    articlesDir: e.ARTICLES_DIR ?? DEFAULTS.articlesDir,
    logLevel: e.LOG_LEVEL ?? DEFAULTS.logLevel,
    cacheDir: e.CACHE_DIR === 'off' ? undefined : (e.CACHE_DIR ?? DEFAULTS.cacheDir),
  };
}

/** {@link loadConfig} plus the HTTP endpoint's settings, for `npm run serve`. */
export function loadHttpConfig(env: NodeJS.ProcessEnv = process.env): Config & HttpSettings {
  const e = parseEnv(env);
  return {
    ...loadConfig(env),
    publicKey: e.DISCORD_PUBLIC_KEY?.toLowerCase(),
    port: e.PORT ?? DEFAULTS.port,
    httpPath: e.HTTP_PATH ?? DEFAULTS.httpPath,
  };
}

function parseEnv(env: NodeJS.ProcessEnv): z.infer<typeof schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}. See .env.example.`);
  }
  return parsed.data;
}

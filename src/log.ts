import { pino, type DestinationStream, type Logger } from 'pino';

/** Fields that may hold a secret; pino replaces them wherever they appear in a log line. */
const REDACT = ['token', '*.token', 'config.discordToken', 'discordToken', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'];

/**
 * Structured JSON logs on stderr (stdout stays free for CLI output and the console).
 * Any string equal to `secret` is also scrubbed from messages, so a token can never leak
 * through an error text.
 */
export function createLogger(level: string, secret?: string, destination: DestinationStream = pino.destination({ dest: 2, sync: true })): Logger {
  return pino(
    {
      level,
      base: { app: 'byline' },
      redact: { paths: REDACT, censor: '[redacted]' },
      hooks: secret
        ? {
            logMethod(args, method) {
              method.apply(this, args.map((a) => scrub(a, secret)) as Parameters<typeof method>);
            },
          }
        : {},
      serializers: { err: (err: Error) => scrub(pino.stdSerializers.err(err), secret ?? '') },
    },
    destination,
  );
}

function scrub<T>(value: T, secret: string): T {
  if (!secret) return value;
  if (typeof value === 'string') return value.split(secret).join('[redacted]') as T;
  if (value && typeof value === 'object') return JSON.parse(JSON.stringify(value).split(secret).join('[redacted]')) as T;
  return value;
}

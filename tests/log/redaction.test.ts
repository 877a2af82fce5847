import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';

const TOKEN = 'MTIz.secret-token-value.abc';

function capture(): { lines: string[]; stream: { write(chunk: string): void } } {
  const lines: string[] = [];
  return { lines, stream: { write: (chunk: string) => void lines.push(chunk) } };
}

describe('logs never carry the token', () => {
  it('scrubs it from messages, fields, nested objects and errors', () => {
    const { lines, stream } = capture();
    const log = createLogger('info', TOKEN, stream);
    log.info(`logging in with ${TOKEN}`);
    log.info({ token: TOKEN, config: { discordToken: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } }, 'ready');
    log.error({ err: new Error(`401 for ${TOKEN}`) }, 'failed');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('keeps everything else', () => {
    const { lines, stream } = capture();
    createLogger('info', TOKEN, stream).info({ guilds: 3 }, 'ready');
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'ready', guilds: 3, app: 'byline' });
  });
});

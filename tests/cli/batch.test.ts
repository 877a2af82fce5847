import { describe, expect, it } from 'vitest';
import { run } from './run.js';

/** Broken request lines: each gets one answer line in its place, with a message saying what is wrong. */
const BROKEN: [string, RegExp][] = [
  ['{"command":"whosaid"', /line 1 is not valid JSON/i],
  ['null', /Line 2 .*"command" must be one of/],
  ['[]', /Line 3 .*"command" must be one of/],
  ['42', /Line 4 .*"command" must be one of/],
  ['"whosaid total victory"', /Line 5 .*"command" must be one of/],
  ['{"command":"whosaid"}', /Line 6 .*"query" must be a string/],
  ['{"command":"ask","query":{"$ne":""}}', /Line 7 .*"query" must be a string/],
  ['{"command":"__proto__","query":"x"}', /Line 8 .*"command" must be one of/],
  ['{"command":"whosaid","query":"x","article":"nope"}', /There is no article "nope"/],
  ['\u00ff\u00fe garbage', /line 10 is not valid JSON/i],
  [JSON.stringify({ command: 'quotes', query: 'x'.repeat(6000) }), /too long/],
  [JSON.stringify({ command: 'search', query: '**@everyone** <@&123>' }), /./],
];

describe('npm run cli -- batch with broken lines', () => {
  it('answers every non-blank line in order, a clear message for each broken one', async () => {
    const good = '{"command":"whosaid","query":"total victory"}';
    // A blank line is skipped; a CRLF line ending is read like LF.
    const input = `${BROKEN.map(([line]) => line).join('\n')}\n\n${good}\r\n`;
    const r = await run('src/cli.ts', ['batch'], input);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { answers: { speaker?: { name: string } }[]; message: string });
    expect(out).toHaveLength(BROKEN.length + 1);
    BROKEN.forEach(([line, message], i) => {
      expect(out[i]!.answers, line).toEqual([]);
      expect(out[i]!.message, line).toMatch(message);
    });
    expect(out.at(-1)!.answers[0]?.speaker?.name).toBe('Benjamin Netanyahu');
  });
});

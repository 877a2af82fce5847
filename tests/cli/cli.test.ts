import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const cli = (args: string[], input = '', env: Record<string, string> = {}) => run('src/cli.ts', args, input, env);

describe('npm run cli', () => {
  it('answers a command as JSON in the contract shape', async () => {
    const r = await cli(['whosaid', 'total victory', '--json']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual(['command', 'query', 'answers', 'message']);
    expect(answer.answers[0]).toMatchObject({
      kind: 'quote',
      speaker: { name: 'Benjamin Netanyahu', role: 'Israeli Prime Minister' },
      quote: 'total victory',
      figure: null,
      citation: { article: 'rafah-truce-talks', paragraph: 4 },
    });
  });

  it('prints readable text by default', async () => {
    const r = await cli(['figure', 'death toll', '--article', 'rafah-truce-talks']);
    expect(r.stdout).toMatch(/at least 27,708/);
    expect(r.stdout).toMatch(/paragraph 12/);
  });

  it('batch: one answer line per request line, in order, bad lines answered with a message', async () => {
    const input = ['{"command":"whosaid","query":"space for agreement"}', 'not json', '{"command":"dance","query":"x"}', '{"command":"figure","query":"death toll","article":"rafah-truce-talks"}', ''].join('\n');
    const r = await cli(['batch'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].answers[0].speaker.name).toBe('Antony Blinken');
    expect(lines[1]).toMatchObject({ answers: [], message: expect.stringMatching(/not valid JSON/) });
    expect(lines[2]).toMatchObject({ answers: [], message: expect.stringMatching(/must be one of/) });
    expect(lines[3].answers[0].figure).toBeTruthy();
  });

  it('extract: offsets into the given text, quote text without marks', async () => {
    const text = 'Officials met on Monday.\n"We will not back down," said Mayor Ana Ruiz, adding that at least 40 homes were lost.';
    const r = await cli(['extract'], `${JSON.stringify({ id: 'a1', text })}\n${JSON.stringify({ id: 'empty', text: '' })}\n`);
    const [first, second] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(first.id).toBe('a1');
    expect(first.quotes[0]).toMatchObject({ text: 'We will not back down,', speaker: { name: 'Ana Ruiz', role: 'Mayor' } });
    expect(text.slice(first.quotes[0].start, first.quotes[0].end)).toBe(first.quotes[0].text);
    expect(first.figures[0]).toMatchObject({ text: 'at least 40', value: 40, counts: 'homes' });
    expect(text.slice(first.figures[0].start, first.figures[0].end)).toBe('at least 40');
    expect(second).toMatchObject({ id: 'empty', quotes: [], error: expect.stringMatching(/empty/) });
  });

  it('reads every article of ARTICLES_DIR, skips a broken one with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-'));
    writeFileSync(join(dir, 'good.txt'), '"The bridge is safe," the engineer said on Monday.\n');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    const r = await cli(['whosaid', 'bridge is safe', '--json'], '', { ARTICLES_DIR: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answers[0].citation.article).toBe('good');
    expect(r.stderr).toMatch(/"empty" is empty/);
    expect(r.stderr).toMatch(/"binary" is not text/);
  });

  it('a missing articles folder is one clear line and exit code 1', async () => {
    const r = await cli(['ask', 'anything'], '', { ARTICLES_DIR: '/nonexistent/articles' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('error: The articles folder "/nonexistent/articles" does not exist. Set ARTICLES_DIR or create it.');
  });
});

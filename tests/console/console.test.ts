import { describe, expect, it } from 'vitest';
import { run } from '../cli/run.js';

describe('npm start without DISCORD_TOKEN', () => {
  it('runs the console on piped commands, plain text, and exits at the end of input', async () => {
    const r = await run('src/main.ts', [], '/figure death toll\n/whosaid total victory\n/nope\nwho is Blinken?\n/quotes Nobody Atall\n');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(String.fromCharCode(27)); // no colours when piped
    expect(r.stdout).toMatch(/at least 27,708/);
    expect(r.stdout).toMatch(/“total victory”\n\s+— Benjamin Netanyahu, Israeli Prime Minister/);
    expect(r.stdout).toMatch(/Unknown command "\/nope"/);
    expect(r.stdout).toMatch(/Antony Blinken, US Secretary of State/);
    expect(r.stdout).toMatch(/does not mention anyone matching "Nobody Atall"/);
  });

  it('/help lists the commands and /quit leaves', async () => {
    const r = await run('src/main.ts', [], '/help\n/quit\n/whosaid total victory\n');
    expect(r.stdout).toMatch(/\/whosaid <words>/);
    expect(r.stdout).not.toMatch(/Netanyahu/);
  });
});

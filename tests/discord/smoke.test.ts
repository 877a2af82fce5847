import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness, libraryOf } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ library: await libraryOf(['afp-rafah', 'eastport-pier', 'museum-heist-lyon']) });
});
afterAll(async () => h?.close());

it('smoke', async () => {
  const handle = await h.run(h.emulator.chatInput('whosaid', { quote: 'space for agreement' }));
  console.log(JSON.stringify(await handle.response(), null, 1));
  const q = await h.run(h.emulator.chatInput('quotes', { speaker: 'Keller' }));
  console.log(JSON.stringify(await q.response(), null, 1));
  const ac = await h.run(h.emulator.autocomplete('whosaid', { quote: '' }));
  console.log(JSON.stringify(await ac.response(), null, 1));
  expect(h.emulator.internalErrors).toEqual([]);
  console.log(h.logs.filter(l => l.level >= 40));
});

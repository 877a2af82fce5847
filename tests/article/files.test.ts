import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { MAX_ARTICLE_BYTES } from '../../src/article/load.js';
import { Library } from '../../src/library/library.js';

/*
 * Loading a folder of articles where some files are broken: each broken file gives one clear
 * error in `library.errors`, and every other article still loads and answers.
 */

// Spy on the file system the loader uses: to show a too-large file is never read, and to delete a
// file between the directory listing and the read, deterministically.
const hooks = vi.hoisted(() => ({ afterStat: undefined as ((path: string) => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    readFileSync: vi.fn(real.readFileSync),
    statSync: vi.fn((path: Parameters<typeof real.statSync>[0]) => {
      const info = real.statSync(path);
      hooks.afterStat?.(String(path));
      return info;
    }),
  };
});

afterEach(() => {
  hooks.afterStat = undefined;
  vi.mocked(fs.readFileSync).mockClear();
});

const GOOD = '"The bridge is safe," the engineer Ana Ruiz said on Monday.\n\nAt least 40 homes were flooded, officials said.\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'byline-files-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The one error reported for `id` (fails when there is none or more than one). */
function errorFor(library: Library, id: string): string {
  const found = library.errors.filter((e) => e.id === id);
  expect(found, `errors for ${id}: ${JSON.stringify(library.errors)}`).toHaveLength(1);
  return found[0]!.message;
}

describe('Library.fromDirectory with broken files', () => {
  it('reports each broken file once, clearly, and loads the others', async () => {
    const dir = folder({
      'good.txt': GOOD,
      'empty.txt': '',
      'blank.md': ' \n\r\n\t\n',
      'front-matter-only.md': '---\ntitle: Nothing here\n---\n',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'utf16.txt': Buffer.from('\uFEFFHello "world" he said.', 'utf16le'),
      'latin1.txt': Buffer.from('Le caf\xe9 est ferm\xe9, a dit le maire.', 'latin1'),
      'truncated-utf8.txt': Buffer.concat([Buffer.from('Prices rose 5 per cent '), Buffer.from([0xe2, 0x82])]),
      'notes.json': '{"not": "an article"}',
    });
    const library = await Library.fromDirectory(dir);
    expect(library.ids()).toEqual(['good']);
    expect(errorFor(library, 'empty')).toBe('Article "empty" is empty: it has no body text to read.');
    expect(errorFor(library, 'blank')).toMatch(/"blank" is empty/);
    expect(errorFor(library, 'front-matter-only')).toMatch(/"front-matter-only" is empty/);
    expect(errorFor(library, 'binary')).toMatch(/"binary" is not text/);
    expect(errorFor(library, 'utf16')).toMatch(/"utf16" is not text/);
    expect(errorFor(library, 'latin1')).toBe('Article "latin1" is not valid UTF-8; save it as UTF-8 plain text.');
    expect(errorFor(library, 'truncated-utf8')).toMatch(/not valid UTF-8/);
    expect(library.errors).toHaveLength(7);
    const a = new Engine(library).answer({ command: 'whosaid', query: 'bridge is safe' });
    expect(a.answers[0]?.speaker?.name).toBe('Ana Ruiz');
  });

  it('refuses a 20 MB file by its size, without reading it', async () => {
    const dir = folder({ 'good.txt': GOOD });
    const big = join(dir, 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 20_000_000); // sparse: 20 MB without writing 20 MB
    const library = await Library.fromDirectory(dir);
    expect(errorFor(library, 'huge')).toBe(`Article "huge" is 20.0 MB, over the ${MAX_ARTICLE_BYTES / 1e6} MB limit.`);
    expect(library.ids()).toEqual(['good']);
    const reads = vi.mocked(fs.readFileSync).mock.calls.map(([path]) => basename(String(path))).filter((name) => name.endsWith('.txt'));
    expect(reads).toEqual(['good.txt']);
  });

  it('reads CRLF and a BOM, with offsets into the file as written', async () => {
    const crlf = GOOD.replace(/\n/g, '\r\n');
    const bom = `\uFEFF---\r\ntitle: Flood\r\noutlet: Herald\r\n---\r\n${crlf}`;
    const dir = folder({ 'crlf.txt': crlf, 'bom.md': bom });
    const library = await Library.fromDirectory(dir);
    expect(library.errors).toEqual([]);
    expect(library.ids()).toEqual(['bom', 'crlf']);
    expect(library.get('bom')!.article.meta).toMatchObject({ title: 'Flood', outlet: 'Herald' });
    const engine = new Engine(library);
    for (const id of ['crlf', 'bom']) {
      const file = readFileSync(join(dir, `${id}.${id === 'bom' ? 'md' : 'txt'}`), 'utf8');
      expect(library.get(id)!.article.paragraphs).toHaveLength(2);
      const quote = engine.answer({ command: 'whosaid', query: 'bridge is safe', article: id }).answers[0]!;
      expect(file.slice(quote.citation.start, quote.citation.end)).toBe('The bridge is safe,');
      expect(quote.citation.paragraph).toBe(1);
      const figure = engine.answer({ command: 'figure', query: 'homes flooded', article: id }).answers[0]!;
      expect(file.slice(figure.citation.start, figure.citation.end)).toBe('At least 40 homes');
      expect(figure.citation.paragraph).toBe(2);
      expect(figure.text).not.toMatch(/\r/);
    }
  });

  it('reports a file that disappears between the listing and the read', async () => {
    const dir = folder({ 'good.txt': GOOD, 'vanishing.txt': GOOD });
    // The directory is listed and the file checked, then it is deleted before it is read.
    hooks.afterStat = (path) => {
      if (basename(path) === 'vanishing.txt') {
        hooks.afterStat = undefined;
        unlinkSync(path);
      }
    };
    const library = await Library.fromDirectory(dir);
    expect(errorFor(library, 'vanishing')).toBe('Article "vanishing" could not be read: the file disappeared.');
    expect(library.ids()).toEqual(['good']);
  });

  it('reports a dangling link once, in plain words, and loads the others', async () => {
    const dir = folder({ 'good.txt': GOOD });
    symlinkSync(join(dir, 'deleted-target.txt'), join(dir, 'gone.txt'));
    const library = await Library.fromDirectory(dir);
    expect(errorFor(library, 'gone')).toBe('Article "gone" could not be read: the file disappeared.');
    expect(library.errors).toHaveLength(1);
    expect(library.ids()).toEqual(['good']);
  });

  it('a folder named like an article is at most one error and the others load', async () => {
    const dir = folder({ 'good.txt': GOOD });
    mkdirSync(join(dir, 'folder.txt'));
    const library = await Library.fromDirectory(dir);
    expect(library.errors.filter((e) => e.id !== 'folder')).toEqual([]);
    expect(library.ids()).toEqual(['good']);
  });
});

/**
 * The library's search index kept on disk between runs. With thousands of articles, reading
 * them all and indexing them is most of a start (10,000 articles: ~3 s to read them through the
 * extraction cache, ~13 s to index them). With the index kept, a start reads one file, checks
 * that every article file is as it was (size and modification time) and serves at once, each
 * article read the first time a query reaches it. A file added, changed or removed since, or a
 * change to the code that builds the index, and the kept index is passed over: the start reads
 * every article as before, and the front end keeps a new one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { IndexState, SearchIndex } from '../search/index.js';
import { decodeState, encodeState } from '../search/state-codec.js';
import { sourceFingerprint, type ExtractionCache } from './cache.js';
import { lazyArticle, type ArticleFile } from './files.js';
import { sentencesOf, type Library, type LoadedArticle, type LoadError } from './library.js';

export const SNAPSHOT_DEFAULTS = {
  /** Below this many articles a start reads and indexes them all in well under a second: nothing is kept. */
  minArticles: 200,
} as const;

/** The code a kept index is built by: parsing, extraction, records and postings, and this file. */
const INDEX_SOURCES = ['../article/', '../extract/', '../search/', './'] as const;

/** An article file as it was when read. */
export interface FileStamp extends ArticleFile {
  /** -1 when it could not be stat'ed (then it never matches). */
  size: number;
  mtimeMs: number;
}

/** What the kept index was built from, stored in its header. */
interface KeptLibrary {
  fingerprint: string;
  files: FileStamp[];
  articles: { id: string; path: string; sentences: number }[];
  errors: LoadError[];
}

/** An index kept by an earlier start, with its articles to be read as queries reach them. */
export interface KeptIndex {
  state: IndexState;
  articles: LoadedArticle[];
  errors: LoadError[];
}

/** The files as they are now, stat'ed before they are read (so a file changed meanwhile never looks unchanged). */
export function stampsOf(files: readonly ArticleFile[]): FileStamp[] {
  return files.map((file) => {
    try {
      const info = statSync(file.path);
      return { ...file, size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      return { ...file, size: -1, mtimeMs: -1 };
    }
  });
}

/** Where the index of the articles in `articlesDir` is kept (one cache folder may serve several). */
export function snapshotPath(cacheDir: string, articlesDir: string): string {
  return join(cacheDir, `index-${createHash('sha256').update(resolve(articlesDir)).digest('hex').slice(0, 16)}.bin`);
}

/** The index kept for `dir` when it was built from exactly these files by this code; else undefined. */
export async function readKeptIndex(dir: string, stamps: readonly FileStamp[], cache: ExtractionCache): Promise<KeptIndex | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(snapshotPath(cache.dir, dir));
  } catch {
    return undefined;
  }
  const decoded = decodeState(bytes);
  const kept = decoded?.extra as KeptLibrary | undefined;
  if (!decoded || !kept || kept.fingerprint !== (await sourceFingerprint(INDEX_SOURCES)) || !sameFiles(kept.files, stamps)) return undefined;
  const byPath = new Map(stamps.map((s) => [s.path, s]));
  if (!kept.articles.every((a) => byPath.get(a.path)?.id === a.id)) return undefined;
  return { state: decoded.state, articles: kept.articles.map((a) => lazyArticle(byPath.get(a.path)!, a.sentences, cache)), errors: kept.errors };
}

/**
 * Keeps the index of a library read from `dir` (files as `stamps` saw them), written whole to
 * a temporary file and renamed. False when it cannot be written: only the next start's speed is lost.
 */
export async function keepIndex(dir: string, stamps: readonly FileStamp[], library: Library, index: SearchIndex, cache: ExtractionCache): Promise<boolean> {
  const pathOf = new Map<string, string>();
  // (Two files with one ID: the first is served, as the library loaded them.)
  for (const s of stamps) if (!pathOf.has(s.id)) pathOf.set(s.id, s.path);
  const kept: KeptLibrary = {
    fingerprint: await sourceFingerprint(INDEX_SOURCES),
    files: [...stamps],
    articles: library.list().map((a) => ({ id: a.id, path: pathOf.get(a.id) ?? '', sentences: sentencesOf(a) })),
    errors: library.errors,
  };
  const path = snapshotPath(cache.dir, dir);
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, encodeState(index.state(), kept));
    await rename(temporary, path);
    return true;
  } catch {
    await rm(temporary, { force: true });
    return false;
  }
}

function sameFiles(kept: readonly FileStamp[], now: readonly FileStamp[]): boolean {
  return kept.length === now.length && kept.every((k, i) => {
    const n = now[i]!;
    return k.path === n.path && k.id === n.id && k.guild === n.guild && n.size >= 0 && k.size === n.size && k.mtimeMs === n.mtimeMs;
  });
}

/**
 * Extraction results on disk, keyed by a hash of the article's bytes, its ID and the extractor's
 * own source: a restart with thousands of articles parses them again (cheap) but does not
 * extract them again (the expensive part), and any change to the extractor's code makes every
 * old entry miss instead of serving stale quotes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../extract/types.js';

/** The code whose output is cached: article parsing and extraction. */
const EXTRACTOR_SOURCES = ['../article/', '../extract/'];

const fingerprints = new Map<string, Promise<string>>();

/** A hash of the source files in these folders (relative to this one), computed once per process. */
export function sourceFingerprint(folders: readonly string[]): Promise<string> {
  const key = folders.join('\0');
  let fingerprint = fingerprints.get(key);
  if (!fingerprint) {
    fingerprint = (async () => {
      const hash = createHash('sha256');
      for (const dir of folders.map((f) => fileURLToPath(new URL(f, import.meta.url)))) {
        const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.[cm]?[jt]s$/.test(n)).sort();
        for (const name of names) hash.update(name).update(await readFile(join(dir, name)));
      }
      return hash.digest('hex');
    })();
    fingerprints.set(key, fingerprint);
  }
  return fingerprint;
}

/** A hash of the extractor's source files, computed once per process. */
export function extractorFingerprint(): Promise<string> {
  return sourceFingerprint(EXTRACTOR_SOURCES);
}

export class ExtractionCache {
  private constructor(
    readonly dir: string,
    private readonly version: string,
  ) {}

  /** A cache in `dir` (created on first write) for this version of the extractor. */
  static async open(dir: string): Promise<ExtractionCache> {
    return new ExtractionCache(dir, await extractorFingerprint());
  }

  /** The key of an article's bytes under its ID. */
  key(id: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.version).update('\0').update(id).update('\0').update(bytes).digest('hex');
  }

  /** The cached extraction, or undefined when there is none or it cannot be read (read synchronously, as article files are: see `readArticleBytes`). */
  async get(key: string): Promise<Extraction | undefined> {
    return this.getSync(key);
  }

  /** {@link ExtractionCache.get} for callers that cannot wait (an article read the first time a query reaches it). */
  getSync(key: string): Extraction | undefined {
    try {
      const value = JSON.parse(readFileSync(this.pathOf(key), 'utf8')) as Extraction;
      return Array.isArray(value?.quotes) && Array.isArray(value.figures) && Array.isArray(value.entities) && Array.isArray(value.statements) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores an extraction: written to a temporary file, then renamed, so a crash or a second
   * process never leaves half a file. A cache that cannot be written only costs speed: false.
   */
  async set(key: string, extraction: Extraction): Promise<boolean> {
    const path = this.pathOf(key);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await writeFile(temporary, JSON.stringify(extraction));
      await rename(temporary, path);
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

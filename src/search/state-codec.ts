/**
 * An index's kept state ({@link IndexState}) as bytes and back: one JSON header for the words,
 * articles and names, then every postings list as 32-bit integers, read back as views of the
 * one buffer. 10,000 articles hold millions of postings: numbers in JSON would take seconds to
 * parse and hundreds of megabytes of heap; as typed views they load in milliseconds.
 */
import { KINDS, type IndexState } from './index.js';
import type { KindState, Postings } from './kind-index.js';

/** Opens every file in this format; the number after it changes whenever the layout does. */
const MAGIC = 'byline-index/1\n';

interface Header {
  /** The caller's own data (what the state was built from). */
  extra: unknown;
  vocabulary: { docs: number; stems: string[] };
  lexicon: IndexState['lexicon'];
  acronyms: IndexState['acronyms'];
  kinds: Record<string, { articles: KindState['articles']; words: string[]; stems: string[] }>;
  /** Integers after the header. */
  ints: number;
}

/** The maps of postings in the order their integers are written. */
function postingMaps(state: IndexState): Map<string, Postings>[] {
  return KINDS.flatMap((kind) => [state.kinds[kind].words, state.kinds[kind].stems]);
}

/** A state and the caller's `extra` (JSON-able) as bytes. */
export function encodeState(state: IndexState, extra: unknown): Buffer {
  const maps = postingMaps(state);
  let ints = state.vocabulary.stems.length;
  for (const map of maps) {
    ints += map.size;
    for (const list of map.values()) ints += list.length;
  }
  const header: Header = {
    extra,
    vocabulary: { docs: state.vocabulary.docs, stems: state.vocabulary.stems },
    lexicon: state.lexicon,
    acronyms: state.acronyms,
    kinds: Object.fromEntries(KINDS.map((kind) => [kind, { articles: state.kinds[kind].articles, words: [...state.kinds[kind].words.keys()], stems: [...state.kinds[kind].stems.keys()] }])),
    ints,
  };
  const head = Buffer.from(MAGIC + JSON.stringify(header), 'utf8');
  const dataStart = align4(4 + head.length);
  const out = Buffer.alloc(dataStart + ints * 4);
  out.writeUInt32LE(head.length, 0);
  head.copy(out, 4);
  const data = new Int32Array(out.buffer, out.byteOffset + dataStart, ints);
  let at = 0;
  for (let i = 0; i < state.vocabulary.stems.length; i++) data[at++] = state.vocabulary.counts[i]!;
  for (const map of maps) {
    for (const list of map.values()) data[at++] = list.length;
    for (const list of map.values()) {
      data.set(list, at);
      at += list.length;
    }
  }
  return out;
}

/** A state and its `extra` back from bytes; undefined when they are not this format (or cut short). */
export function decodeState(bytes: Buffer): { state: IndexState; extra: unknown } | undefined {
  if (bytes.length < 4) return undefined;
  const headLength = bytes.readUInt32LE(0);
  if (4 + headLength > bytes.length) return undefined;
  const text = bytes.toString('utf8', 4, 4 + headLength);
  if (!text.startsWith(MAGIC)) return undefined;
  let header: Header;
  try {
    header = JSON.parse(text.slice(MAGIC.length)) as Header;
  } catch {
    return undefined;
  }
  const dataStart = align4(4 + headLength);
  if (dataStart + header.ints * 4 !== bytes.length) return undefined;
  // A view needs a 4-byte aligned offset; a buffer read whole starts aligned, but copy if not.
  const offset = bytes.byteOffset + dataStart;
  const data = offset % 4 === 0 ? new Int32Array(bytes.buffer, offset, header.ints) : new Int32Array(bytes.buffer.slice(offset, offset + header.ints * 4));
  let at = 0;
  const counts = data.subarray(at, (at += header.vocabulary.stems.length));
  const readMap = (keys: string[]): Map<string, Postings> => {
    const lengths = data.subarray(at, (at += keys.length));
    const map = new Map<string, Postings>();
    keys.forEach((key, i) => map.set(key, data.subarray(at, (at += lengths[i]!))));
    return map;
  };
  const kinds = {} as IndexState['kinds'];
  for (const kind of KINDS) {
    const kept = header.kinds[kind]!;
    const words = readMap(kept.words);
    kinds[kind] = { articles: kept.articles, words, stems: readMap(kept.stems) };
  }
  return { state: { vocabulary: { docs: header.vocabulary.docs, stems: header.vocabulary.stems, counts }, lexicon: header.lexicon, acronyms: header.acronyms, kinds }, extra: header.extra };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

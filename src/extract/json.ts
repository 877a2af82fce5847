import type { Entity, Extraction, Figure, Quote } from './types.js';

/** The `extract` contract's line for one article (DEVELOPERS.md): offsets into the given text. */
export interface ExtractLine {
  id: string;
  quotes: { text: string; start: number; end: number; speaker: { name: string; role?: string } | null }[];
  figures: { text: string; start: number; end: number; value: number | null; counts?: string; source?: string }[];
  entities: { name: string; kind: Entity['kind']; role?: string; aliases: string[] }[];
}

/** Shapes an extraction for the `extract` JSON lines contract. */
export function toExtractLine(id: string, extraction: Extraction): ExtractLine {
  return {
    id,
    quotes: extraction.quotes.map(quoteJson),
    figures: extraction.figures.map(figureJson),
    entities: extraction.entities
      .filter((e) => e.kind !== 'place' || e.mentions.length > 0)
      .map((e) => ({ name: e.name, kind: e.kind, ...(e.role ? { role: e.role } : {}), aliases: e.aliases })),
  };
}

function quoteJson(q: Quote): ExtractLine['quotes'][number] {
  return { text: q.text, start: q.start, end: q.end, speaker: q.speaker };
}

function figureJson(f: Figure): ExtractLine['figures'][number] {
  return {
    text: f.text,
    start: f.start,
    end: f.end,
    value: f.value,
    ...(f.counts ? { counts: f.counts } : {}),
    ...(f.source ? { source: f.source } : {}),
  };
}

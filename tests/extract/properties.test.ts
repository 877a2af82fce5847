import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extract } from '../../src/extract/index.js';
import { toExtractLine } from '../../src/extract/json.js';

/** Pieces of text that stress the parser and the extractor when mixed at random. */
const WORDS = [
  'the', 'minister', 'said', 'told', 'reporters', 'added', 'according to', 'Ana Ruiz', 'Mr.', 'Ms', 'Blinken', 'Hamas',
  'the firm', 'an official', 'he', 'she', 'they', 'U.S.', 'Jan.', 'Gen.', 'John F. Kennedy', 'so-called', 'The', 'And from',
  'PARIS, June 12 (Reuters) -', 'AFP', 'Photograph: Jane Doe/PA', '(Reporting by Sam Ortiz; Editing by Tom Hogue)',
  'With AFP', '# Headline', '---', 'title: x', 'at least', 'about', 'more than half', 'hundreds of thousands',
  'killed', 'people', 'per cent', 'million', 'bn', 'Hamas\'s', "don't", "councils'", "'90s", 'O\'Brien', 'al-Sisi',
  'مرحبا', 'שלום', '北京', 'Ünïcödé', 'naïve',
];
const MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„'];
const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '...', '…', '—', '–', '-', '(', ')', '[', ']', '/', '&', '%', '$', '£', '€', '#', '*'];
const SPACES = [' ', ' ', ' ', '\n', '\n', '\n\n', '\r\n', '\t', '\u00A0', '  '];
const DIGITS = ['0', '7', '12', '2.5', '27,708', '1,160', '4.5', '$4.5 billion', '12%', '£2bn', '90 mph', '1990', '3-1', 'two-thirds'];
const ODD = [
  '🌊', '👩‍👩‍👧', '🇫🇷', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u2066', '\u2069',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'e\u0301', '\u0000', '\u2028', '\u2029', '\u000B', '\u000C',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 6, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** Up to ~120 fragments: a few hundred characters at most. */
const messyText = fc.array(fragment, { maxLength: 120 }).map((parts) => parts.join(''));

/** Text shaped like an article (lines of sentences with quotes), then roughened. */
const articleLike = fc
  .array(
    fc.record({
      lead: fc.constantFrom('', '"', '“', "'", '‘'),
      words: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...DIGITS)), { minLength: 1, maxLength: 12 }),
      close: fc.constantFrom('', '"', '”', "'", '’', ',"', '."', '?”'),
      tail: fc.constantFrom('', ' she said.', ' said the minister.', ' — Ana Ruiz, the mayor', ', according to the firm.', ' AFP', ''),
      odd: fc.option(fc.constantFrom(...ODD), { nil: '' }),
      sep: fc.constantFrom('\n', '\n\n', '\r\n', ' '),
    }),
    { maxLength: 12 },
  )
  .map((lines) => lines.map((l) => `${l.lead}${l.words.join(' ')}${l.odd}${l.close}${l.tail}${l.sep}`).join(''));

const RUNS = { seed: 20240612, numRuns: 200 } as const;

/** Every invariant the parser and the extractor promise for any text. */
function checkInvariants(text: string): void {
  const article = parseArticle('prop', text);
  expect(article.text).toBe(text);

  let previousEnd = 0;
  let paragraph = 0;
  for (const b of article.blocks) {
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(text.length);
    expect(b.text).toBe(text.slice(b.start, b.end));
    expect(b.paragraph).toBe(b.kind === 'body' ? ++paragraph : 0);
    let sentenceEnd = b.start;
    for (const s of b.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(b.end);
      expect(s.text).toBe(text.slice(s.start, s.end));
      sentenceEnd = s.end;
    }
    previousEnd = b.end;
  }
  expect(article.paragraphs).toHaveLength(paragraph);

  const extraction = extract(article);
  for (const q of extraction.quotes) {
    expect(q.text).toBe(text.slice(q.start, q.end));
    expect(q.end).toBeGreaterThan(q.start);
    const block = article.paragraphs[q.paragraph - 1];
    expect(block, `paragraph ${q.paragraph} of quote ${JSON.stringify(q.text)}`).toBeDefined();
    expect(q.start).toBeGreaterThanOrEqual(block!.start);
    expect(q.end).toBeLessThanOrEqual(block!.end);
    expect(['full', 'partial']).toContain(q.kind);
  }
  for (const f of extraction.figures) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.end).toBeGreaterThan(f.start);
    expect(article.paragraphs[f.paragraph - 1], `paragraph ${f.paragraph} of figure ${JSON.stringify(f.text)}`).toBeDefined();
    if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
  }
  for (const s of extraction.statements) expect(s.text).toBe(text.slice(s.start, s.end));
  const ids = new Set(extraction.entities.map((e) => e.id));
  for (const q of extraction.quotes) if (q.speakerId !== null) expect(ids.has(q.speakerId)).toBe(true);

  const line = toExtractLine('prop', extraction);
  expect(() => JSON.stringify(line)).not.toThrow();
}

describe('parseArticle + extract on arbitrary text', () => {
  it('never throw and keep every offset exact on messy fragments', () => {
    fc.assert(fc.property(messyText, (text) => checkInvariants(text)), RUNS);
  });

  it('never throw and keep every offset exact on article-shaped text', () => {
    fc.assert(fc.property(articleLike, (text) => checkInvariants(text)), RUNS);
  });

  it('keep offsets exact behind front matter and a BOM', () => {
    const withHeader = fc.tuple(fc.boolean(), fc.constantFrom('', 'title: "Q"\n', "outlet: 'X'\n", 'date: 2024-01-01\n'), articleLike).map(
      ([bom, meta, body]) => `${bom ? '\uFEFF' : ''}---\n${meta}---\n${body}`,
    );
    fc.assert(fc.property(withHeader, (text) => checkInvariants(text)), RUNS);
  });

  it.each([
    ['only quote marks', '"“”\'‘’«»„'.repeat(5)],
    ['lone surrogates', '\uD800"\uDC00" said \uDBFF.\n\uDFFF'],
    ['an unclosed quote at the end', 'Ana Ruiz said: "'],
    ['a closing mark with nothing open', '” said the minister.\n’'],
    ['zero-width and RTL marks around a quote', '\u202E"\u200Bشكرا\u200F," she said.\u2069'],
    ['a paragraph of punctuation', '... — : ; ! ? … ( ) "'],
    ['CR only line endings', 'One line.\rTwo "lines" said he.\r'],
  ])('handle %s', (_name, text) => {
    expect(() => checkInvariants(text)).not.toThrow();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/answer/engine.js';
import { COMMANDS, type Answer, type Command } from '../../src/answer/types.js';
import { UserError } from '../../src/errors.js';
import { Library } from '../../src/library/library.js';

/*
 * Properties of the answer engine on generated articles and queries: it never throws, and every
 * answer cites a real body paragraph and a span of the file that is, verbatim, what it shows.
 * Articles mix news-shaped paragraphs built from word pools with hostile text.
 */

const NAMES = ['Ana Ruiz', 'Tom Hale', 'Benjamin Netanyahu', 'Antony Blinken', 'Grace Okafor', 'Li Wei', "Sean O'Brien", 'Marie-Claire Dubois'];
const ROLES = ['Mayor', 'the minister', 'a spokesperson for the police', 'the company', 'an Egyptian official', 'Secretary of State', 'the forecaster'];
const VERBS = ['said', 'told reporters', 'warned', 'added', 'insisted', 'according to'];
const NOUNS = ['homes', 'people', 'troops', 'talks', 'power', 'rivers', 'hospitals', 'ceasefire', 'budget', 'voters', 'flights', 'schools'];
const PHRASES = [
  'we will not back down', 'there is space for agreement', 'this is a humanitarian nightmare', 'the bridge is safe',
  'we have never seen winds like this', 'prices will keep rising', 'the talks will resume on Thursday', 'nobody was hurt',
];
const FIGURES = ['at least 40', 'nearly 40,000', 'about 90%', '$4.5 billion', 'more than half', '27,708', '12 per cent', 'three', '2.5 million'];
const PLACES = ['Cairo', 'Rafah', 'the coast', 'Paris', 'Lagos', 'Tel Aviv'];
const DAYS = ['on Monday', 'on Thursday', 'overnight', 'last week', 'in 2024'];

/** Characters that break naive text handling. */
const ODD = [
  '🌊', '👩‍👩‍👧', '🇫🇷', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u2066', '\u2069',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'e\u0301', '\u0000', '\u0007', '\u001B[31m', '\u2028', '\u2029', '\u000B', '\u000C', '\u0085',
  'مرحبا', 'שלום', '北京', '**', '@everyone', '<@&123>', '`', '||',
];
const MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A paragraph shaped like news copy, with quotes and figures the extractor should find. */
const newsParagraph = fc.oneof(
  fc.tuple(pick(PHRASES), pick(NAMES), pick(VERBS)).map(([q, n, v]) => `"${cap(q)}," ${n} ${v}.`),
  fc.tuple(pick(ROLES), pick(NAMES), pick(PHRASES)).map(([r, n, q]) => `${cap(r)} ${n} said on Wednesday that “${q}”.`),
  fc.tuple(pick(FIGURES), pick(NOUNS), pick(PLACES), pick(DAYS)).map(([f, w, p, d]) => `${cap(f)} ${w} were affected in ${p} ${d}, officials said.`),
  fc.tuple(pick(NAMES), pick(ROLES), pick(PHRASES), pick(PHRASES)).map(([n, r, a, b]) => `${n}, ${r}, told reporters: "${cap(a)}. ${cap(b)}."`),
  fc.tuple(pick(NAMES), pick(NOUNS), pick(FIGURES), pick(PLACES)).map(([n, w, f, p]) => `${n} warned that ${f} ${w} in ${p} could be lost, according to the ministry.`),
  fc.tuple(pick(PHRASES), pick(NAMES)).map(([q, n]) => `‘${cap(q)},’ ${n.split(' ')[1] ?? n} said.`),
  // A quote running over two paragraphs: the first has no closing mark, by news convention.
  fc.tuple(pick(PHRASES), pick(PHRASES), pick(NAMES)).map(([a, b, n]) => `${n} said: "${cap(a)}.\n\n"${cap(b)}," ${n.split(' ')[0]} added.`),
);

/** Text meant to hurt: random code units, odd characters, runs of quote marks, no punctuation. */
const hostileParagraph = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.oneof(pick(ODD), pick(MARKS), pick(PHRASES), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((xs) => xs.join(' ')),
  fc.tuple(pick(MARKS), fc.integer({ min: 1000, max: 3000 })).map(([m, n]) => m.repeat(n)),
  fc.array(pick(MARKS), { minLength: 1000, maxLength: 2000 }).map((xs) => xs.join('')),
  fc.tuple(pick(NAMES), pick(PHRASES)).map(([n, q]) => `${n} said: "${q} and then the quote never closes`),
  fc.tuple(pick(PHRASES), pick(NAMES)).map(([q, n]) => `${q}" ${n} said. ” ’ »`),
  // A long run of words with no punctuation at all: one sentence, thousands of tokens.
  fc.array(fc.oneof(pick(NOUNS), pick(PLACES), pick(NAMES), pick(FIGURES)), { minLength: 200, maxLength: 1500 }).map((xs) => xs.join(' ')),
);

const separator = pick(['\n', '\n\n', '\r\n', '\r\n\r\n']);

/** An article: a few paragraphs, news-shaped or hostile, sometimes behind a BOM and front matter. */
const articleText = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: newsParagraph }, { weight: 2, arbitrary: hostileParagraph }), separator), { minLength: 1, maxLength: 8 }),
    fc.boolean(),
    fc.option(pick(['title: Storm "hits" coast\noutlet: Herald\n', 'outlet: AFP\ndate: 2024-02-08\n', 'title: \u202Eevil\u0000\n']), { nil: undefined }),
  )
  .map(([paragraphs, bom, meta]) => `${bom ? '\uFEFF' : ''}${meta ? `---\n${meta}---\n` : ''}${paragraphs.map(([p, sep]) => p + sep).join('')}`);

/** Words taken from the article itself, so that many queries do get answers to check. */
function queriesFrom(text: string) {
  const words = text.split(/[\s"“”‘’«»„]+/).filter((w) => /\p{L}/u.test(w)).slice(0, 400);
  const fromArticle = words.length
    ? fc.tuple(fc.nat(words.length - 1), fc.integer({ min: 1, max: 6 })).map(([i, n]) => words.slice(i, i + n).join(' '))
    : pick(PHRASES);
  return fc.oneof(
    { weight: 4, arbitrary: fromArticle },
    { weight: 2, arbitrary: pick([...PHRASES, ...NAMES, ...ROLES, ...NOUNS, 'death toll', 'how many people were affected', 'who is Ana Ruiz', 'who warned about power', 'what did Tom Hale say about the talks', 'when will the talks resume', 'where were homes affected']) },
    { weight: 2, arbitrary: fc.tuple(fromArticle, pick(['who said ', 'who is ', 'how many ', 'what did the minister say about ', 'when ', 'where ', ''])).map(([w, lead]) => `${lead}${w}?`) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(pick(ODD), pick(MARKS), fromArticle), { maxLength: 8 }).map((xs) => xs.join('')) },
  );
}

const counts = { articles: 0, emptyArticles: 0, questions: 0, answered: 0, items: 0, kinds: {} as Record<string, number> };

/** A second, plain article in every library, so that answers must also cite the right article. */
const OTHER = '"We have never seen winds like this," Mayor Ana Ruiz said.\n\nAt least three people were killed, officials said.\n';

/** Builds an engine over the article and {@link OTHER}, or undefined for an article with no body (refused at load). */
function engineFor(text: string): Engine | undefined {
  try {
    return new Engine(Library.fromTexts({ gen: text, other: OTHER }));
  } catch (error) {
    if (error instanceof UserError && /is empty/.test(error.message)) {
      counts.emptyArticles++;
      return undefined;
    }
    throw error;
  }
}

/** Every promise an answer makes about its article. */
function checkAnswer(engine: Engine, command: Command, query: string, article?: string): Answer {
  let answer: Answer | undefined;
  expect(() => (answer = engine.answer({ command, query, article }))).not.toThrow();
  const a = answer!;
  counts.questions++;
  expect(a.command).toBe(command);
  expect(typeof a.message).toBe('string');
  expect(a.message.trim()).not.toBe('');
  expect(() => JSON.stringify(a)).not.toThrow();
  if (a.answers.length) counts.answered++;
  for (const item of a.answers) {
    counts.items++;
    counts.kinds[item.kind] = (counts.kinds[item.kind] ?? 0) + 1;
    const loaded = engine.library.get(item.citation.article);
    expect(loaded, `article ${item.citation.article}`).toBeDefined();
    if (article) expect(item.citation.article).toBe(article);
    const { text, paragraphs } = loaded!.article;
    const { paragraph, start, end } = item.citation;
    expect(Number.isInteger(paragraph) && paragraph >= 1 && paragraph <= paragraphs.length, `paragraph ${paragraph} of ${paragraphs.length}`).toBe(true);
    expect(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length).toBe(true);
    const block = paragraphs[paragraph - 1]!;
    expect(start >= block.start && end <= block.end, `span ${start}-${end} inside paragraph ${paragraph} (${block.start}-${block.end})`).toBe(true);
    expect(text.slice(start, end)).toBe(item.quote ?? item.figure ?? item.text);
    expect(text.includes(item.text)).toBe(true);
    if (item.quote !== null) expect(item.text.includes(item.quote)).toBe(true);
    if (item.figure !== null) expect(item.text.includes(item.figure)).toBe(true);
  }
  return a;
}

/** Fixed seed, so a failure reproduces; runs bounded so the file stays fast on a 2-core machine. */
const RUNS = { seed: 20261201, numRuns: 100 } as const;
/** Generous: other test files run beside this one. */
const PROPERTY_TIMEOUT = 60_000;

describe('engine.answer on generated articles and queries', () => {
  it('never throws, and every answer is a verbatim slice of a body paragraph', () => {
    const cases = articleText.chain((text) => fc.tuple(fc.constant(text), fc.array(queriesFrom(text), { minLength: 1, maxLength: 3 }), fc.constantFrom(undefined, 'gen')));
    fc.assert(
      fc.property(cases, ([text, queries, article]) => {
        counts.articles++;
        const engine = engineFor(text);
        if (!engine) return;
        for (const query of queries) for (const command of COMMANDS) checkAnswer(engine, command, query, article);
      }),
      RUNS,
    );
    // The property must not hold vacuously: most articles load and many questions get answers.
    expect(counts.articles - counts.emptyArticles).toBeGreaterThan(RUNS.numRuns / 2);
    expect(counts.answered).toBeGreaterThan(counts.questions / 10);
    if (process.env.BYLINE_PROPERTY_COUNTS) console.log(counts);
  }, PROPERTY_TIMEOUT);

  it('answers nothing to a query made only of words absent from the article', () => {
    // Letter runs no English word or name contains, so no typo tolerance can reach them either.
    const absent = fc.array(pick(['zqxj', 'qwzvk', 'jxqpz', 'vkzzq', 'xqjzw', 'pqzxv', 'wzqkj']), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(articleText, absent, fc.constantFrom('', 'who said ', 'how many ', 'who is ', 'when ', 'where '), (text, words, lead) => {
        fc.pre(!words.split(' ').some((w) => text.toLowerCase().includes(w)));
        const engine = engineFor(text);
        if (!engine) return;
        for (const command of COMMANDS) {
          expect(checkAnswer(engine, command, words).answers, `${command} ${words}`).toEqual([]);
          // Question words may be in the article, but what is asked about is not.
          if (command === 'ask' && lead) expect(checkAnswer(engine, command, `${lead}${words}?`).answers, `${lead}${words}?`).toEqual([]);
        }
      }),
      { ...RUNS, numRuns: 60 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('engine.answer on fixed hostile input', () => {
  const article = [
    '"We will not back down," Mayor Ana Ruiz said on Monday.',
    'At least 40 homes were destroyed in Rafah, officials said.',
    'Tom Hale warned that "rivers could rise" overnight.',
  ].join('\n');
  const engine = engineFor(article)!;

  it.each(COMMANDS)('%s: a 6,000-character query is refused with a clear message', (command) => {
    const a = checkAnswer(engine, command, 'we will not back down '.repeat(300).slice(0, 6000));
    expect(a.answers).toEqual([]);
    expect(a.message).toMatch(/too long/);
  });

  it.each(COMMANDS)('%s: markdown and mentions in a query get a message, not an exception', (command) => {
    for (const query of ['@everyone', '@here back down', '**We will not** back down', '`rivers` ||could rise||', '<@123456789012345678> homes', '# heading\n> quote', '[link](https://example.com)']) {
      checkAnswer(engine, command, query);
    }
    for (const query of ['**', '@', '`` ``', '> ', '||||']) expect(checkAnswer(engine, command, query).message).toMatch(/Type some words/);
  });

  it('a 1 MB paragraph with no punctuation loads and answers every command', () => {
    const words = [...NOUNS, ...PLACES, 'officials', 'river', 'storm', 'night'];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${words[(i * 7) % words.length]} `;
    const big = engineFor(text)!;
    expect(big.library.get('gen')!.article.paragraphs).toHaveLength(1);
    for (const command of COMMANDS) checkAnswer(big, command, 'storm river night');
  }, 60_000);
});

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFromBytes, articleFromText, loadArticleFile, MAX_ARTICLE_BYTES } from '../../src/article/load.js';
import { parseArticle } from '../../src/article/parse.js';
import type { Article, BlockKind } from '../../src/article/types.js';
import { UserError } from '../../src/errors.js';

/** Offsets of every block and sentence point into the text, in order, without overlap. */
function expectWellFormed(article: Article): void {
  let previousEnd = 0;
  let paragraph = 0;
  for (const b of article.blocks) {
    expect(b.text).toBe(article.text.slice(b.start, b.end));
    expect(b.start).toBeGreaterThanOrEqual(previousEnd);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(article.text.length);
    expect(b.text).toBe(b.text.trim());
    if (b.kind === 'body') {
      expect(b.paragraph).toBe(++paragraph);
      expect(b.sentences.length).toBeGreaterThan(0);
    } else {
      expect(b.paragraph).toBe(0);
      expect(b.sentences).toEqual([]);
    }
    let sentenceEnd = b.start;
    for (const s of b.sentences) {
      expect(s.text).toBe(article.text.slice(s.start, s.end));
      expect(s.start).toBeGreaterThanOrEqual(sentenceEnd);
      expect(s.end).toBeLessThanOrEqual(b.end);
      sentenceEnd = s.end;
    }
    previousEnd = b.end;
  }
  expect(article.paragraphs).toEqual(article.blocks.filter((b) => b.kind === 'body'));
}

function parse(text: string): Article {
  const article = parseArticle('test', text);
  expectWellFormed(article);
  return article;
}

/** `[kind, text]` for every block, to compare a whole layout at once. */
function layout(text: string): [BlockKind, string][] {
  return parse(text).blocks.map((b) => [b.kind, b.text]);
}

function bodyTexts(text: string): string[] {
  return parse(text).paragraphs.map((p) => p.text);
}

function sentencesOf(paragraph: string): string[] {
  const article = parse(paragraph);
  expect(article.paragraphs).toHaveLength(1);
  return article.paragraphs[0]!.sentences.map((s) => s.text);
}

describe('front matter', () => {
  it('reads title, outlet, date and url, and starts the body after the closing line', () => {
    const text = [
      '---',
      'title: Harbour fees to double next year',
      'outlet: Coastal Courier',
      'date: 2024-09-18',
      'url: https://example.org/news/harbour-fees',
      '---',
      'Boat owners in Kessick will pay twice as much to moor in the harbour from January.',
      'The port authority said the rise would pay for dredging.',
      '',
    ].join('\n');
    const article = parse(text);
    expect(article.meta).toEqual({
      title: 'Harbour fees to double next year',
      outlet: 'Coastal Courier',
      date: '2024-09-18',
      url: 'https://example.org/news/harbour-fees',
    });
    expect(article.blocks.map((b) => b.kind)).toEqual(['body', 'body']);
    expect(article.blocks[0]!.start).toBe(text.indexOf('Boat owners'));
  });

  it('drops quotes around values and reads the aliases other tools write', () => {
    const text = [
      '---',
      "headline: 'Council backs new bridge'",
      'source: "The Northern Echo"',
      'published: "2024-05-02"',
      'link: https://example.com/bridge',
      'tags: [local, transport]',
      '---',
      '',
      'The county council voted on Tuesday to fund a new bridge over the River Tees.',
      '',
      'Work on the crossing could begin next spring.',
    ].join('\n');
    expect(parse(text).meta).toEqual({
      title: 'Council backs new bridge',
      outlet: 'The Northern Echo',
      date: '2024-05-02',
      url: 'https://example.com/bridge',
    });
  });

  it('keeps a title with a colon in it', () => {
    const text = '---\ntitle: "Budget: what changes for renters"\n---\nRents will be capped for two years.\n';
    expect(parse(text).meta.title).toBe('Budget: what changes for renters');
  });

  it('prefers the front matter title over a headline line', () => {
    const text = '---\ntitle: Front matter title\n---\n# A different headline\nThe mayor opened the new library on Saturday.\nHundreds of children attended.\n';
    const article = parse(text);
    expect(article.meta.title).toBe('Front matter title');
    expect(article.blocks[0]!.kind).toBe('headline');
  });

  it('treats a header that never closes as text, losing nothing', () => {
    const text = [
      '---',
      'title: Ferry service suspended',
      'The ferry between Oban and Mull was cancelled on Friday because of high winds.',
      'Operators said sailings would resume on Sunday.',
      'Passengers were offered refunds.',
      'Hotels on the island reported cancellations.',
    ].join('\n');
    const article = parse(text);
    expect(article.meta.outlet).toBeUndefined();
    expect(article.meta.date).toBeUndefined();
    expect(article.meta.title).not.toBe('Ferry service suspended');
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).toContain('title: Ferry service suspended');
    expect(all).toContain('Operators said sailings would resume on Sunday.');
    expect(article.paragraphs.length).toBeGreaterThan(0);
  });

  // The broken header's `---` line is read as a plain first-line headline and becomes the title.
  it('does not take the dashes of a header that never closes for the title', () => {
    const text = '---\ntitle: Ferry service suspended\nThe ferry to Mull was cancelled on Friday.\nSailings resume on Sunday.\nPassengers were offered refunds.\n';
    expect(parse(text).meta.title).toBeUndefined();
  });

  it('reads no front matter when the dashes are not on the first line', () => {
    const text = 'Markets fell sharply on Monday.\n---\ntitle: not a header\n---\nTraders blamed rising bond yields.\n';
    expect(parse(text).meta.title).toBeUndefined();
  });
});

describe('paragraphs', () => {
  const paragraphs = [
    'The city will close two of its five public pools this summer to save money.',
    'Officials said the pools in Eastgate and Millbrook needed repairs the budget could not cover.',
    'Parents have started a petition to keep them open.',
  ];

  it.each([
    ['one per line', paragraphs.join('\n')],
    ['blank-line separated', paragraphs.join('\n\n')],
    ['separated by several blank lines and stray spaces', `\n\n  ${paragraphs.join('   \n \n\n')}\n\n`],
    ['with CRLF line endings', paragraphs.join('\r\n') + '\r\n'],
    ['with CRLF and blank lines', paragraphs.join('\r\n\r\n') + '\r\n'],
  ])('reads three body paragraphs %s', (_name, text) => {
    expect(bodyTexts(text)).toEqual(paragraphs);
  });

  it('joins hard-wrapped lines into one paragraph, keeping the line breaks in the offsets', () => {
    const text = [
      'Farmers in the upper valley will face new limits on irrigation from',
      'next month, the regional water board said on Thursday, after the driest',
      'spring in forty years.',
      '',
      'The board said the cuts were unavoidable and would be reviewed',
      'in September.',
      '',
      'Growers say the limits could cost them half their harvest.',
      '',
    ].join('\n');
    const article = parse(text);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]!.text).toBe(text.slice(0, text.indexOf('years.') + 'years.'.length));
    expect(article.paragraphs[0]!.sentences).toHaveLength(1);
    expect(article.paragraphs[1]!.text).toContain('reviewed\nin September.');
  });

  it('joins hard-wrapped CRLF lines', () => {
    const text = 'Ticket prices for the festival rose by a\r\nthird this year, organisers said.\r\n\r\nSales were still strong,\r\nthey added.\r\n';
    const article = parse(text);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Ticket prices for the festival rose by a\r\nthird this year, organisers said.',
      'Sales were still strong,\r\nthey added.',
    ]);
  });

  it('does not end a block with a carriage return', () => {
    const article = parse('First paragraph here.\r\nSecond paragraph here.\r\n');
    for (const b of article.blocks) expect(b.text).not.toMatch(/\r/);
  });

  it('skips a BOM and keeps offsets into the text that contains it', () => {
    const text = '\uFEFFThe museum reopened on Saturday after a two-year refit.\nVisitors queued round the block.\n';
    const article = parse(text);
    expect(article.paragraphs[0]!.start).toBe(1);
    expect(article.paragraphs[0]!.text).toBe('The museum reopened on Saturday after a two-year refit.');
  });

  it('reads front matter after a BOM', () => {
    const text = '\uFEFF---\ntitle: Museum reopens\n---\nThe museum reopened on Saturday.\nVisitors queued round the block.\n';
    const article = parse(text);
    expect(article.meta.title).toBe('Museum reopens');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('keeps non-breaking spaces inside a paragraph and trims them at its edges', () => {
    const text = '\u00A0Prices rose 2.5%\u00A0in May.\u00A0Mr.\u00A0Hale said so.\u00A0\nThe bank held rates.\n';
    const article = parse(text);
    expect(article.paragraphs[0]!.text).toBe('Prices rose 2.5%\u00A0in May.\u00A0Mr.\u00A0Hale said so.');
    expect(article.paragraphs[0]!.sentences.map((s) => s.text)).toEqual(['Prices rose 2.5%\u00A0in May.', 'Mr.\u00A0Hale said so.']);
  });

  it('keeps curly quotes and apostrophes verbatim', () => {
    const text = 'Unions called off Friday’s strike after a late offer.\n“It is a fair deal,” said union leader Mick Lowe.\n';
    expect(bodyTexts(text)).toEqual(['Unions called off Friday’s strike after a late offer.', '“It is a fair deal,” said union leader Mick Lowe.']);
  });

  it('numbers body paragraphs only, skipping every other kind of block', () => {
    const text = [
      '# Floods cut off mountain villages',
      '',
      'ROME, Oct 3 (Reuters) -',
      '',
      'Heavy rain cut off dozens of villages in northern Italy on Tuesday.',
      '',
      'Rescue workers carry an elderly woman through floodwater in Cuneo on Monday. AFP',
      '',
      'The civil protection agency said rivers had burst their banks in three provinces.',
      '',
      'Rivers rising',
      '',
      'Forecasters expect more rain through the weekend.',
      '',
      'Agence France-Presse',
    ].join('\n');
    const article = parse(text);
    expect(article.blocks.map((b) => [b.kind, b.paragraph])).toEqual([
      ['headline', 0],
      ['dateline', 0],
      ['body', 1],
      ['caption', 0],
      ['body', 2],
      ['subheading', 0],
      ['body', 3],
      ['credit', 0],
    ]);
  });

  it('gives an empty article no blocks', () => {
    expect(parse('').blocks).toEqual([]);
    expect(parse(' \n\n\t\r\n').blocks).toEqual([]);
  });

  // A short brief, one paragraph per line, with headline, dateline, caption, subheading and credit
  // lines: none of those lines ends in punctuation, which must not make it look hard-wrapped.
  it('keeps a one-per-line brief with several non-body lines as separate blocks', () => {
    const text = [
      '# Storm hits coast',
      'PARIS, June 12 (Reuters) -',
      'The storm hit the Brittany coast on Monday, officials said.',
      'Firefighters walk through debris in Brest on Monday. AFP',
      'A long night',
      '"We lost everything," said Marie Dupont, a resident.',
      '(Reporting by John Smith; Editing by Jane Roe)',
    ].join('\n');
    expect(parse(text).blocks.map((b) => b.kind)).toEqual(['headline', 'dateline', 'body', 'caption', 'subheading', 'body', 'credit']);
  });
});

describe('block kinds', () => {
  /** A body around the line under test, so it is neither first nor last. */
  const around = (line: string) =>
    [
      'The council approved the plan on Tuesday after a long debate.',
      'Opponents said the scheme would raise rents in the old town.',
      line,
      'Construction is due to start in the spring.',
      'The first homes should be ready by 2027.',
    ].join('\n');

  it.each([
    ['caption ending in an agency credit after a full stop', 'Protesters gather outside the town hall on Monday. AFP'],
    ['caption with a Reuters credit in brackets', 'A man clears mud from his shop in Alba (Luca Bruno / Reuters)'],
    ['caption with a Photograph: credit', 'A flooded road near Asti. Photograph: Marco Neri/PA'],
    ['caption with an AP Photo/Name credit', 'Volunteers fill sandbags in Turin. AP Photo/Paolo Santalucia'],
    ['caption with a Getty Images credit', 'The new bridge at dusk. Tom Reed/Getty Images'],
    ['subheading', 'What happens next'],
    ['subheading of a few words', 'A fight over rents'],
  ])('%s', (name, line) => {
    const blocks = parse(around(line)).blocks;
    const block = blocks.find((b) => b.text === line);
    expect(block?.kind).toBe(name.split(' ')[0]);
    expect(blocks.filter((b) => b.kind === 'body')).toHaveLength(4);
  });

  it('does not take a body sentence that merely names an agency for a caption', () => {
    const line = 'The figures were first reported by Reuters.';
    expect(parse(around(line)).blocks.find((b) => b.text === line)?.kind).toBe('body');
  });

  it.each(['Presiding judge Inmaculada Robles wrote:', 'In a statement, the ministry said:', 'She told reporters outside the court:'])('reads a line handing over to a quote as body text: %s', (line) => {
    expect(parse(around(line)).blocks.find((b) => b.text === line)?.kind).toBe('body');
    expect(parse(around('What they said:')).blocks.find((b) => b.text === 'What they said:')?.kind).toBe('subheading');
  });

  it('does not take a sentence opening `By Wednesday evening,` for a byline, while `By Jane Doe` still is one', () => {
    const text = 'Fire guts factory\nThe fire broke out on Monday. It burned for hours.\nBy Wednesday evening, relatives had gathered outside. Police said 11 workers remained unaccounted for.\nThe owners were not available.\nBy Jane Doe\n';
    expect(parse(text).blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'body', 'body', 'credit']);
  });

  it('does not take a short quoted line with final punctuation for a subheading', () => {
    const line = '"We will rebuild," he said.';
    expect(parse(around(line)).blocks.find((b) => b.text === line)?.kind).toBe('body');
  });

  it.each([
    ['PARIS, June 12 (Reuters) -', 'Reuters'],
    ['BERLIN, March 3 (dpa) -', 'dpa'],
    ['WASHINGTON —', undefined],
  ])('reads the dateline alone on a line: %s', (dateline, outlet) => {
    const text = `${dateline}\nThe Senate voted on Tuesday to extend funding.\nThe bill now goes to the House.\nIt is expected to pass easily.\n`;
    const article = parse(text);
    expect(article.blocks[0]).toMatchObject({ kind: 'dateline', text: dateline, paragraph: 0 });
    expect(article.paragraphs).toHaveLength(3);
    expect(article.meta.outlet).toBe(outlet);
  });

  it('keeps a dateline that opens a paragraph as body, and takes the outlet from it', () => {
    const text = 'PARIS, June 12 (Reuters) - French lawmakers approved the budget on Wednesday.\nThe vote was close.\n';
    const article = parse(text);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'PARIS, June 12 (Reuters) - French lawmakers approved the budget on Wednesday.',
      'The vote was close.',
    ]);
    expect(article.meta.outlet).toBe('Reuters');
  });

  it('reads a # headline as the title', () => {
    const text = '# Rail strike called off\nUnions called off the strike after a late offer.\nTrains will run as normal.\n';
    const article = parse(text);
    expect(article.blocks[0]).toMatchObject({ kind: 'headline', text: '# Rail strike called off' });
    expect(article.meta.title).toBe('Rail strike called off');
  });

  it('reads a plain first line without final punctuation as the headline', () => {
    const text = 'Drought forces water limits across the valley\n\nFarmers will face new limits on irrigation from next month.\n\nGrowers say the limits could cost them half their harvest.\n';
    const article = parse(text);
    expect(article.blocks[0]).toMatchObject({ kind: 'headline', paragraph: 0 });
    expect(article.meta.title).toBe('Drought forces water limits across the valley');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('reads a later # line as a subheading', () => {
    const text = '# Budget passes\nThe budget passed on Monday.\n## What changes\nIncome tax stays the same.\nFuel duty rises.\n';
    expect(layout(text).map(([kind]) => kind)).toEqual(['headline', 'body', 'subheading', 'body', 'body']);
  });

  it.each([
    'Agence France-Presse',
    '(Reporting by Ana Lima; Editing by Tom Hogue)',
    'With AFP',
    '— Reuters',
    'Additional reporting by Sam Ortiz in Madrid',
    'The Associated Press contributed to this report.',
  ])('reads the closing credit line %j', (credit) => {
    const text = `# Port strike ends\nDock workers returned to work on Monday.\nThe union accepted a 6% pay rise.\n${credit}\n`;
    const article = parse(text);
    expect(article.blocks[article.blocks.length - 1]).toMatchObject({ kind: 'credit', text: credit, paragraph: 0 });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('takes the outlet from a closing credit when there is no front matter', () => {
    const text = 'Heavy rain cut off dozens of villages.\nSchools will stay closed.\nAgence France-Presse\n';
    expect(parse(text).meta.outlet).toBe('AFP');
  });

  it('lays out a full article with every kind of block', () => {
    const text = [
      '---',
      'title: Floods cut off mountain villages',
      '---',
      '# Floods cut off mountain villages',
      '',
      'ROME, Oct 3 (Reuters) -',
      '',
      'Heavy rain cut off dozens of villages in northern Italy on Tuesday, forcing hundreds of people from their homes.',
      '',
      'Rescue workers carry an elderly woman through floodwater in Cuneo on Monday. AFP',
      '',
      'The civil protection agency said rivers had burst their banks in three provinces.',
      '',
      'A man clears mud from his shop in Alba (Luca Bruno / Reuters)',
      '',
      'Rivers rising',
      '',
      'Forecasters expect more rain through the weekend.',
      '',
      'A flooded road near Asti. Photograph: Marco Neri/PA',
      '',
      'Residents were told to stay indoors.',
      '',
      '(Reporting by Giulia Ferri; Editing by Mark Potter)',
    ].join('\n');
    expect(layout(text).map(([kind]) => kind)).toEqual([
      'headline', 'dateline', 'body', 'caption', 'body', 'caption', 'subheading', 'body', 'caption', 'body', 'credit',
    ]);
  });
});

describe('sentences', () => {
  it.each([
    ['U.S. and Jan. do not end a sentence', 'The U.S. Senate passed the bill on Jan. 4 after a long debate. Mr. Cole voted against it.', [
      'The U.S. Senate passed the bill on Jan. 4 after a long debate.',
      'Mr. Cole voted against it.',
    ]],
    ['titles do not end a sentence', 'Dr. Amy Lin, who advised Gen. Mark Ortiz, spoke first. Mrs. Ortiz did not attend.', [
      'Dr. Amy Lin, who advised Gen. Mark Ortiz, spoke first.',
      'Mrs. Ortiz did not attend.',
    ]],
    ['initials do not end a sentence', 'She quoted John F. Kennedy in her speech. The crowd cheered.', [
      'She quoted John F. Kennedy in her speech.',
      'The crowd cheered.',
    ]],
    ['U.S. before a number continues', 'He moved to the U.S. in 1990 and settled in St. Louis. He never left.', [
      'He moved to the U.S. in 1990 and settled in St. Louis.',
      'He never left.',
    ]],
    ['decimals do not end a sentence', 'Inflation eased to 2.5 percent in March. Analysts had expected 2.7 percent.', [
      'Inflation eased to 2.5 percent in March.',
      'Analysts had expected 2.7 percent.',
    ]],
    ['p.m. before a capital ends a sentence', 'Officials met at 3 p.m. The meeting lasted an hour.', ['Officials met at 3 p.m.', 'The meeting lasted an hour.']],
    ['p.m. before a weekday or a time zone carries on', 'It began after 2 p.m. Monday near a road. Polls close at 8 p.m. ET tonight.', ['It began after 2 p.m. Monday near a road.', 'Polls close at 8 p.m. ET tonight.']],
    ['an ellipsis before a lower-case word carries on', 'The report... was late. It arrived on Feb. 2.', ['The report... was late.', 'It arrived on Feb. 2.']],
    ['an ellipsis inside a quote stays in its sentence', '"Delay will... only invite more pressure," she said. Next week the talks resume.', [
      '"Delay will... only invite more pressure," she said.',
      'Next week the talks resume.',
    ]],
    ['a quote and its attribution are one sentence', '"We have done everything we can," she said. Next, the board will vote.', [
      '"We have done everything we can," she said.',
      'Next, the board will vote.',
    ]],
    ['a quote that ends a sentence ends it', '"It ends here." She walked out of the room.', ['"It ends here."', 'She walked out of the room.']],
    ['a full stop inside the closing mark ends the sentence', 'Prof. Ray Okoye called it "a turning point." Others disagreed.', [
      'Prof. Ray Okoye called it "a turning point."',
      'Others disagreed.',
    ]],
    ['a full stop after the closing mark ends the sentence', 'She said the plan was "dead on arrival". The minister did not respond.', [
      'She said the plan was "dead on arrival".',
      'The minister did not respond.',
    ]],
    ['?" followed by an attribution stays whole', '"Who pays for this?" asked Councillor Dave Reid. Nobody answered.', [
      '"Who pays for this?" asked Councillor Dave Reid.',
      'Nobody answered.',
    ]],
    ['curly ?” followed by a pronoun attribution stays whole', '“Why now?” he said. The question hung in the air.', [
      '“Why now?” he said.',
      'The question hung in the air.',
    ]],
    ['several sentences inside one quote stay with the attribution', '“We will. We must,” the mayor said. The vote is on Friday.', [
      '“We will. We must,” the mayor said.',
      'The vote is on Friday.',
    ]],
    ['money with a decimal point', 'Sales reached $1.2bn. That beat forecasts.', ['Sales reached $1.2bn.', 'That beat forecasts.']],
    ['an exclamation mark ends a sentence', 'The crowd roared! Then it went quiet.', ['The crowd roared!', 'Then it went quiet.']],
    ['a lower-case word after a full stop does not start a sentence', 'The firm, est. in 1850, was sold. Staff were told on Monday.', [
      'The firm, est. in 1850, was sold.',
      'Staff were told on Monday.',
    ]],
  ])('%s', (_name, paragraph, expected) => {
    expect(sentencesOf(paragraph)).toEqual(expected);
  });

  // Straight quotes: the closing mark of `"...?"` is read a second time as an opening mark, so the
  // paragraph's next sentence break (`she asked. "Another`) is missed.
  it('splits after the attribution of a straight ?" quote when another quote follows', () => {
    expect(sentencesOf('"Are we really going to wait?" she asked. "Another year?" Nobody replied.')).toEqual([
      '"Are we really going to wait?" she asked.',
      '"Another year?"',
      'Nobody replied.',
    ]);
  });

  it('splits the same paragraph with curly quotes', () => {
    expect(sentencesOf('“Are we really going to wait?” she asked. “Another year?” Nobody replied.')).toEqual([
      '“Are we really going to wait?” she asked.',
      '“Another year?”',
      'Nobody replied.',
    ]);
  });

  it('falls back to plain splitting when a quote never closes', () => {
    expect(sentencesOf('"We will fight this all the way, she said. The council did not comment.')).toEqual([
      '"We will fight this all the way, she said.',
      'The council did not comment.',
    ]);
  });

  it('splits a hard-wrapped paragraph across its line breaks', () => {
    const text = 'The board said the cuts were unavoidable. They would be\nreviewed in September. Farmers were\nnot convinced.\n\nA second paragraph\nfollows here.\n';
    const article = parse(text);
    expect(article.paragraphs[0]!.sentences.map((s) => s.text)).toEqual([
      'The board said the cuts were unavoidable.',
      'They would be\nreviewed in September.',
      'Farmers were\nnot convinced.',
    ]);
  });
});

describe('loader', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('parses valid UTF-8 bytes, keeping a BOM in the text', () => {
    const article = articleFromBytes('museum', bytes('\uFEFFThe museum reopened on Saturday.\nVisitors queued round the block.\n'));
    expect(article.id).toBe('museum');
    expect(article.text.startsWith('\uFEFF')).toBe(true);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The museum reopened on Saturday.', 'Visitors queued round the block.']);
  });

  it.each([
    ['an empty file', new Uint8Array(), /"a1" is empty/],
    ['a whitespace-only file', bytes('  \n\t\r\n \u00A0\n'), /"a1" is empty/],
    ['a file with only front matter', bytes('---\ntitle: Nothing here\n---\n'), /"a1" is empty/],
    ['a file with only a headline', bytes('# Nothing but a headline\n'), /"a1" is empty/],
    ['binary data', new Uint8Array([0x48, 0x69, 0x00, 0x21, 0x0a]), /"a1" is not text \(it contains binary data\)/],
    ['invalid UTF-8', new Uint8Array([0x48, 0xc3, 0x28, 0x0a]), /"a1" is not valid UTF-8/],
    ['Latin-1 text', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e]), /"a1" is not valid UTF-8/],
    ['a truncated multi-byte sequence', new Uint8Array([0x6f, 0x6b, 0x20, 0xe2, 0x80]), /"a1" is not valid UTF-8/],
  ])('refuses %s with a UserError', (_name, input, message) => {
    expect(() => articleFromBytes('a1', input)).toThrow(UserError);
    expect(() => articleFromBytes('a1', input)).toThrow(message);
  });

  it('refuses a file over 5 MB, saying its size and the limit', () => {
    const big = new Uint8Array(6_000_000).fill(0x61);
    expect(MAX_ARTICLE_BYTES).toBe(5_000_000);
    expect(() => articleFromBytes('huge', big)).toThrow(UserError);
    expect(() => articleFromBytes('huge', big)).toThrow('Article "huge" is 6.0 MB, over the 5 MB limit.');
  });

  it('accepts a file of exactly the limit', () => {
    const line = 'The council met again on Tuesday.\n';
    const text = line.repeat(Math.floor(MAX_ARTICLE_BYTES / line.length));
    expect(articleFromBytes('edge', bytes(text)).paragraphs.length).toBeGreaterThan(0);
  });

  it('articleFromText refuses text without a body paragraph', () => {
    expect(() => articleFromText('blank', '')).toThrow(UserError);
    expect(() => articleFromText('blank', '\n\n   \n')).toThrow('Article "blank" is empty: it has no body text to read.');
    expect(articleFromText('ok', 'One sentence of news.').paragraphs).toHaveLength(1);
  });

  describe('from disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-load-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('names the article after its file and parses it', async () => {
      const path = join(dir, 'harbour-fees.md');
      writeFileSync(path, '---\ntitle: Harbour fees\n---\nBoat owners will pay more.\nThe port said so.\n');
      const article = await loadArticleFile(path);
      expect(article.id).toBe('harbour-fees');
      expect(article.meta.title).toBe('Harbour fees');
      expect(article.paragraphs).toHaveLength(2);
    });

    it.each([
      ['empty.txt', new Uint8Array(), /"empty" is empty/],
      ['blank.txt', new TextEncoder().encode('\n \n\t\n'), /"blank" is empty/],
      ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /"image" is not text/],
      ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), /"latin1" is not valid UTF-8/],
    ])('refuses %s with a UserError', async (name, content, message) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      await expect(loadArticleFile(path)).rejects.toThrow(UserError);
      await expect(loadArticleFile(path)).rejects.toThrow(message);
    });

    it('refuses a file over 5 MB', async () => {
      const path = join(dir, 'huge.txt');
      writeFileSync(path, Buffer.alloc(5_500_000, 'a'));
      await expect(loadArticleFile(path)).rejects.toThrow('Article "huge" is 5.5 MB, over the 5 MB limit.');
    });

    it('says when the file is missing', async () => {
      await expect(loadArticleFile(join(dir, 'gone.txt'))).rejects.toThrow(/Article "gone" could not be read/);
    });
  });
});

describe('a caption that says so first', () => {
  it('is a caption (`PHOTO: Emmanuel Rotich crosses the line ... (Mirror Sport)`), not the first paragraph', () => {
    const text = 'Rotich stuns Berlin\n\nPHOTO: Emmanuel Rotich crosses the finish line in Berlin on Sunday. (Mirror Sport)\n\nBERLIN: Emmanuel Rotich smashed the world record.\n';
    expect(parse(text).blocks.map((b) => b.kind)).toEqual(['headline', 'caption', 'body']);
  });
});

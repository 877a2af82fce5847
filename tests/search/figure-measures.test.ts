import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractFigures } from '../../src/extract/figures.js';
import { measuresOf } from '../../src/search/figure-measures.js';

const measures = (text: string) => {
  const article = parseArticle('m', text);
  const figures = extractFigures(article);
  return figures.map((f, i) => [f.text, measuresOf(article.text, figures)[i]]);
};

describe('measuresOf', () => {
  it('tells a change from the level it reached, and a phrasal verb from a change', () => {
    expect(measures('The rate climbed 0.3 percentage points to a record 67.4%.\n')).toEqual([['0.3 percentage points', 'change'], ['67.4%', 'level']]);
    expect(measures('Shares were up 3% on Monday.\n')).toEqual([['3%', 'change']]);
    expect(measures('The records turned up 19 devices.\n')).toEqual([['19', undefined]]);
  });
});

describe('a level reached with no change printed', () => {
  it('is a level', () => {
    expect(measures('In the third quarter, revenue rose to $14.2 billion, up 18% from a year earlier.\n')).toEqual([['$14.2 billion', 'level'], ['18%', 'change']]);
  });
});

describe('a change a verb made', () => {
  it('is a change', () => {
    expect(measures('OPEC+ agreed to cut output by 2.2 million bpd.\nThe bank raised its main rate by 50 basis points.\n')).toEqual([['2.2 million bpd', 'change'], ['50 basis points', 'change']]);
  });
});

describe('a share more or less', () => {
  it('is a change', () => {
    expect(measures('Ratepayers will pay 8.9 per cent more in rates from 1 July.\n')).toEqual([['8.9 per cent', 'change']]);
    expect(measures('Turnout was 62 per cent.\n')).toEqual([['62 per cent', undefined]]);
  });
});

describe('a share below or above another level', () => {
  it('is a change, as one less or more than another is', () => {
    expect(measures('Prices were 3.6% lower than a year earlier and 16.8% below the peak reached in late 2021.\n')).toEqual([['3.6%', 'change'], ['16.8%', 'change']]);
    expect(measures('Wages rose 5% above last year\'s level.\nThe river was 2 metres above normal.\n')).toEqual([['5%', 'change'], ['2 metres', undefined]]);
  });
});

describe('a level, then where it came from', () => {
  it('reads `$152,600, up from $137,000` as the level and its baseline', () => {
    expect(measures('The most experienced teachers will earn $152,600, up from $137,000.\n')).toEqual([['$152,600', 'level'], ['from $137,000', 'baseline']]);
  });
});

describe('a figure another is measured against', () => {
  it('is a baseline (`nearly double the 374 deaths officially recorded`, `compared with 761`)', () => {
    const text = 'At least 733 people died this year, nearly double the 374 deaths officially recorded last year. There were 212 cases, compared with 761 in the control group.';
    const figures = extractFigures(parseArticle('m', text));
    const measures = measuresOf(text, figures);
    expect(Object.fromEntries(figures.map((f, i) => [f.text, measures[i]]))).toMatchObject({ '374': 'baseline', '761': 'baseline' });
  });
});

describe('a level reached, then where it came from (`eased to 11.2% from 13.5%`)', () => {
  it('is a level and a baseline, and makes no change of the figure before', () => {
    expect(measures("The bank's ratio of bad loans eased to 11.2% from 13.5% at the end of June.\n")).toEqual([['11.2%', 'level'], ['13.5%', 'baseline']]);
    expect(measures('A new 5 percent tax will be levied, while excise duty will rise to 18 percent from 15 percent.\n')).toEqual([['5 percent', undefined], ['18 percent', 'level'], ['15 percent', 'baseline']]);
  });
});

describe('a baseline that counts something, then the level in the same unit', () => {
  it('is a baseline and a level (`from 2.4 million litres of pure alcohol to 5.5 million litres`)', () => {
    expect(measures('The new stills will lift annual output from 2.4 million litres of pure alcohol to 5.5 million litres.\n')).toEqual([['2.4 million litres', 'baseline'], ['5.5 million litres', 'level']]);
    expect(measures('In all 8,214 persons from 2,630 families had been moved to 57 camps.\n').map(([, m]) => m)).toEqual([undefined, undefined, undefined]);
  });
});

describe('`up from` after an aside, its `from` the figure\'s own qualifier', () => {
  it('is a baseline, no change (`risen to between £62bn and £70bn in 2019 prices, up from £54bn`)', () => {
    expect(measures('The estimated cost of phase one has risen to between £62bn and £70bn in 2019 prices, up from £54bn.\n').at(-1)).toEqual(['from £54bn', 'baseline']);
  });
});

describe('a change by a verb in -ing', () => {
  it('is a change (`with prices jumping 18 per cent in a single month`)', () => {
    expect(measures('Fresh vegetables were the biggest driver, with prices jumping 18 per cent in a single month, while bread and cereals rose 2.9%.\n')).toEqual([['18 per cent', 'change'], ['2.9%', 'change']]);
  });
});

describe('a change named by the noun after it, or made by `lift ... by`', () => {
  it('is a change (`a 4.8 per cent pay rise`, `lift salaries by 11 per cent`)', () => {
    expect(measures('The agreement gives port workers a 4.8 per cent pay rise spread over two years.\n')).toEqual([['4.8 per cent', 'change']]);
    expect(measures('Teachers accepted a deal that will lift salaries by 11 per cent.\n')).toEqual([['11 per cent', 'change']]);
  });
});

describe('a figure before a level it is not joined to', () => {
  it('is no change: `400,000 households ... as temperatures dropped to minus 15 degrees Celsius`', () => {
    expect(measures('The attack left more than 400,000 households without electricity as temperatures dropped to minus 15 degrees Celsius.\n')).toEqual([['more than 400,000', undefined], ['minus 15 degrees Celsius', 'level']]);
    expect(measures('Guidance is between $45 billion and $46 billion.\n\nProvisions rose to $1.9 billion.\n')[0]).toEqual(['between $45 billion and $46 billion', undefined]);
  });
});

describe('a change told by shrinking and a level by a participle', () => {
  it('reads `shrank by a record 3.1 million people ..., falling to 123.0 million` as a change and the level it reached', () => {
    expect(measures('Japan\'s population shrank by a record 3.1 million people, falling to 123.0 million.\n')).toEqual([['3.1 million', 'change'], ['123.0 million', 'level']]);
  });
});

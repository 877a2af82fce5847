import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extract } from '../../src/extract/index.js';

/** Attribution shapes as wire services write them: each line gives its quote(s) and speaker. */
const CASES: [string, (string | null)[]][] = [
  ['Senator Tom Smith spoke first. "We will win," he said. "We always do," he continued.', ['Tom Smith', 'Tom Smith']],
  ['Tom Smith, 45, said: "This is only the start."', ['Tom Smith']],
  ['"We need more time," said Tom Smith, who chairs the committee.', ['Tom Smith']],
  ['The Health Ministry issued new guidance. In a statement, the ministry said: "Masks are advised."', ['Health Ministry']],
  ['Asked whether she would resign, Mayor Jane Doe replied: "Absolutely not."', ['Jane Doe']],
  ['"Will anyone pay for this?" asked Jane Doe, a resident.', ['Jane Doe']],
  ['"It was chaos," Jane Doe told The Associated Press.', ['Jane Doe']],
  ['"It was chaos," Jane Doe, a Democrat, told reporters.', ['Jane Doe']],
  ['"Prices will keep rising," says Jane Doe, professor of economics at Harvard.', ['Jane Doe']],
  ["The president's spokesman, John Kirby, said the talks were \"productive\".", ['John Kirby']],
  ['"We are reviewing the matter," according to a statement from Acme Corp.', ['Acme Corp']],
  ['Acme Corp shares fell. "We are disappointed," a spokeswoman for Acme said.', ['Acme Corp']],
  ['"We are disappointed," Acme spokeswoman Jane Doe said.', ['Jane Doe']],
  ['"We didn\'t see it coming," said one resident, Maria Gomez, 62. "Nobody did."', ['Maria Gomez', 'Maria Gomez']],
  ['Police Commissioner Dermot Shea told reporters: "There is no threat."', ['Dermot Shea']],
  ['"This is a tragedy," said the Rev. Al Sharpton.', ['Al Sharpton']],
  ['"Enough," tweeted former President Donald Trump.', ['Donald Trump']],
  ['Officials said the so-called "peace dividend" had vanished.', [null]],
];

describe('wire attribution shapes', () => {
  it.each(CASES)('%s', (text, speakers) => {
    const quotes = extract(parseArticle('t', text)).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(speakers);
  });

  it('keeps the title with the name, former included', () => {
    const [q] = extract(parseArticle('t', '"Enough," tweeted former President Donald Trump.')).quotes;
    expect(q!.speaker).toEqual({ name: 'Donald Trump', role: 'former President' });
  });
});

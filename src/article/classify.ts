import type { BlockKind } from './types.js';

/** Photo agencies and wire services whose name closes a caption or stands alone as a credit. */
const AGENCIES = [
  'AFP', 'Agence France-Presse', 'Agence France Presse', 'Reuters', 'AP', 'Associated Press', 'The Associated Press',
  'AP Photo', 'Getty Images', 'Getty', 'EPA', 'EPA-EFE', 'EFE', 'Bloomberg', 'Xinhua', 'Anadolu', 'Anadolu Agency',
  'AAP', 'PA', 'PA Media', 'PA Wire', 'Shutterstock', 'Alamy', 'NurPhoto', 'SOPA Images', 'Sipa', 'dpa', 'Kyodo',
  'Yonhap', 'UPI', 'ANSA', 'TASS', 'Bloomberg News', 'CNN', 'BBC', 'Handout', 'File',
] as const;

const agencyAlternation = AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');

/** A whole line that is only a credit: `Agence France-Presse`, `— Reuters`, `(Reporting by ...)`. */
const CREDIT_LINE = new RegExp(
  String.raw`^(?:[-–—]\s*)?\(?(?:With\s+)?(?:(?:` + agencyAlternation + String.raw`)(?:\s+(?:staff|contributed to this report))?\)?\.?` +
    String.raw`|\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Edited)\s+by\b.*` +
    String.raw`|By\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|de|van|von|al-\w+))*(?:\s*[,|/]\s*.*)?` +
    String.raw`|(?:©|Copyright)\s.*|.*\bcontributed (?:to )?(?:this )?report(?:ing)?\.?` +
    // `Source: Al Jazeera and news agencies`, `--With assistance from ...`, `(Updates prices ...)`
    String.raw`|(?:-{1,2}\s*)?(?:Sources?|With assistance from|With reporting by|Additional reporting by|Contributing|Contributors?|Edited by|Written by|(?:Interview|Words|Text|Photos?|Pictures?|Report|Analysis) by)\b.*` +
    String.raw`|\((?:Updates|Adds|Corrects|Recasts|Changes|Refiles|Removes|Fixes)\b.*\)` +
    String.raw`|(?:This|The) (?:story|article|report|piece) (?:was|is|has been)\b.*)$`,
  'i',
);

/** A caption ends in a photo credit: `... in Rafah. AFP`, `(Jane Doe / AFP)`, `Photograph: X/Reuters`. */
const CAPTION_CREDIT = new RegExp(
  String.raw`(?:[.!?)]\s+|\s[-–—|]\s*)(?:\(?(?:` + agencyAlternation + String.raw`)\)?(?:\s*(?:via|/)\s*[\w .'-]+)?)\.?$` +
    String.raw`|\(\s*[^()]{2,80}\s*/\s*(?:` + agencyAlternation + String.raw`|[A-Z][\w ]{1,30})\s*\)\.?$` +
    String.raw`|\b(?:Photo|Photograph|Picture|Image|Illustration|Graphic|Video|Map|Chart|Credit|Photo credit)s?\s*:\s*[^.]{2,80}$` +
    // Al Jazeera style: `... on Monday [Stringer/AFP]`, `[File: Reuters]`
    String.raw`|\[[^\[\]]{2,60}(?:/|:)[^\[\]]{1,60}\]$|\[(?:` + agencyAlternation + String.raw`)\]$` +
    // `... on Monday. THE CANADIAN PRESS/Ethan Moore`, `... Jane Doe/Getty Images`
    String.raw`|[.!?]\s+[A-Z][\w.'’ -]{1,40}\s*/\s*[A-Z][\w.'’ -]{1,40}$` +
    String.raw`|\((?:Photo|Picture|Image)s?\s+(?:by|:)\s*[^()]{2,80}\)\.?$` +
    // `PHOTO: Emmanuel Rotich crosses the finish line ...`: a caption may say so first.
    String.raw`|^(?:photo|photograph|picture|pictured|image|caption|file photo)\s*:\s+\S`,
  'i',
);

/** A dateline alone on its line: `PARIS, June 12 (Reuters) -`, `WASHINGTON —`. */
const DATELINE_LINE = /^(?:[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .]{1,30})*(?:\s*\([A-Za-z .-]+\))?|[A-Z][\w .'-]{1,30},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([A-Za-z .-]+\))?)\s*[-–—:]*$/;

/** `By Wednesday evening, relatives had gathered ...`: `By` and a time opens a sentence, not a byline. */
const BY_WHEN = /^By\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the|then|now|noon|midnight|dawn|dusk|nightfall|evening|morning|afternoon|night|late|early|mid-\w+|\d)\b)/i;
const SENTENCE_END = /[.!?…"'”’)\]]$/;
/**
 * A line that ends by handing over to a quote (`Presiding judge Inmaculada Robles wrote:`,
 * `In a statement, the ministry said:`) is body text, though it has no full stop; a heading
 * asking (`What they said:`) is not.
 */
const INTRODUCES_QUOTE = /^(?!(?:what|who|how|why|where|when)\b)(?:\S+\s+)*?(?:said|says|wrote|writes|added|adds|told|tells|stated|states|declared|explained|warned|ruled|concluded|continued|argued|insisted)\b(?:\s+\S+){0,4}:$/i;
const MAX_SUBHEADING_WORDS = 10;

/**
 * Decides what kind of block a line is. `position` is the index among non-empty blocks and
 * `count` their number, so that the first line can be a headline and the last a credit.
 */
export function classifyBlock(text: string, position: number, count: number): BlockKind {
  if (/^[-=_*~]{3,}$/.test(text)) return 'credit'; // a rule line, e.g. an unclosed front matter fence
  if (/^#{1,6}\s/.test(text)) return position === 0 ? 'headline' : 'subheading';
  if (CREDIT_LINE.test(text) && !BY_WHEN.test(text) && (position >= count - 3 || position <= 1)) return 'credit';
  if (DATELINE_LINE.test(text) && position <= 2) return 'dateline';
  if (CAPTION_CREDIT.test(text) && !opensWithQuote(text)) return 'caption';
  const words = text.split(/\s+/).length;
  // A short quoted phrase alone on its line, with no punctuation of speech: `‘A line in the sand’`.
  if (/^["“‘'][^.!?,;:"“”]{2,60}["”’']$/.test(text) && text.split(/\s+/).length <= 8 && position > 0 && position < count - 1) return 'subheading';
  // `Marisol Ferreira: ‘I closed at the top’`: a first line that ends on a quote mark with no full
  // stop inside it is a headline.
  if (position === 0 && /[’'”"]$/.test(text) && !/[.!?,…][’'”"]$/.test(text) && text.split(/\s+/).length <= 25) return 'headline';
  // A short line may open with a quote mark and still be a subheading: `'Exhausted' families`.
  if (!SENTENCE_END.test(text) && !INTRODUCES_QUOTE.test(text) && (!opensWithQuote(text) || text.split(/\s+/).length <= 5)) {
    if (position === 0 && words <= 25) return 'headline';
    if (words <= MAX_SUBHEADING_WORDS && position < count - 1) return 'subheading';
  }
  return 'body';
}

function opensWithQuote(text: string): boolean {
  return /^["“‘'«]/.test(text);
}

/** Outlet named by a credit line or a dateline, for articles without front matter. */
export function outletFromCredit(text: string): string | undefined {
  const m = new RegExp(String.raw`\b(` + agencyAlternation + String.raw`)\b`).exec(text);
  if (!m) return undefined;
  const name = m[1]!;
  if (/^agence france/i.test(name)) return 'AFP';
  if (/associated press/i.test(name)) return 'AP';
  return name;
}

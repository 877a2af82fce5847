import { MESSAGES } from '../errors.js';
import type { SearchIndex } from '../search/index.js';
import { coverageOver } from '../search/index.js';
import { coverage, toDoc, type QueryTerm } from '../search/match.js';
import type { PersonRecord, QuoteRecord } from '../search/records.js';
import type { Hit } from '../search/index.js';
import { normalise } from '../extract/entities.js';
import { LIMITS, THRESHOLDS } from './config.js';
import { citation, quoteItem } from './items.js';
import { byName, findPeople } from './people.js';
import type { Answer, AnswerItem, Scope } from './types.js';

/**
 * `what did the conservator say`, `what has OPEC said about prices`, `quotes from the judge`: the person (and topic) asked about.
 * (`what did the central bank say in its statement`: where it was said is no topic.)
 */
const ASKED_PERSON = /^(?:what\s+(?:did|does|do|has|had|have)\s+(.+?)\s+(?:say|said|tell|told)(?:\s+(?:in|at|during)\s+(?:its|his|her|their|a|an|the)\s+(?:statement|press\s+release|release|letter|post|interview|speech|briefing|hearing|report|filing|news\s+conference|press\s+conference))?(?:\s+(?:about|on|regarding)\s+(.+?))?|(?:all\s+)?(?:quotes|quotations|comments)\s+(?:by|from|of)\s+(.+?))\s*\??$/i;

/** `quotes <text>`: the command, which may be typed as a question (`what did the mayor say?`). */
export function quotesCommand(index: SearchIndex, query: string, scope: Scope): Omit<Answer, 'command' | 'query'> {
  const m = ASKED_PERSON.exec(query.trim());
  return m ? quotesBy(index, m[1] ?? m[3]!, scope, m[2]) : quotesBy(index, query, scope);
}

/**
 * `quotes <person>`: every quote by the person, in article order. The person may be named in
 * full, by surname, role or organisation, or misspelt. With a `topic`, only the quotes about it.
 */
export function quotesBy(index: SearchIndex, query: string, scope: Scope, topic?: string, options: { reported?: boolean } = {}): Omit<Answer, 'command' | 'query'> {
  const people = byName(findPeople(index, query, scope));
  if (!people.size) return { answers: [], message: MESSAGES.unknownPerson(query) };
  let quoted = calledBySurname([...people.values()].filter((records) => records.some((r) => r.quotes.length)), query);
  // `quotes MSF`: an organisation that is not quoted itself speaks through its people
  // (`Leyla Haddad, a spokesperson for Médecins Sans Frontières (MSF)`).
  if (!quoted.length) quoted = [...byName(staffOf(index, [...people.values()].flat()))].map(([, records]) => records);
  if (!quoted.length) {
    const first = [...people.values()][0]![0]!;
    // `what did the FAA say`: one never quoted may still be reported (`The FAA said it would investigate`).
    const about = topic ? index.terms(topic, { question: true }) : [];
    const reported = options.reported ? reportedBy([...people.values()].find((records) => records.some((r) => r.statements.length)) ?? [], about) : [];
    if (reported.length) return { answers: reported, message: MESSAGES.reportedOnly(reported[0]!.speaker?.name ?? first.entity.name, reported.length) };
    return { answers: [], message: MESSAGES.personNotQuoted(first.entity.name) };
  }
  let records = quoted.flat().flatMap((p) => quoteRecordsOf(index, p));
  if (topic) {
    const terms = index.terms(topic, { question: true });
    records = records
      .map((r) => ({ r, s: coverageOver(terms, [{ doc: r.doc, factor: 1 }, { doc: r.contextDoc, factor: 0.9 }]).score }))
      .filter((x) => x.s >= THRESHOLDS.topic)
      .sort((a, b) => b.s - a.s)
      .map((x) => x.r);
    if (!records.length) return { answers: [], message: MESSAGES.personSaidNothingAbout(quoted[0]![0]!.entity.name, topic) };
  }
  const answers = records.slice(0, LIMITS.quotesPerPerson).map(quoteItem);
  const names = quoted.map((records) => records[0]!.entity.name);
  return { answers, message: names.length > 1 ? MESSAGES.quotesByMany(names, answers.length) : MESSAGES.quotesBy(names[0]!, answers.length) };
}

/**
 * Of several people a surname asked matches (`quotes Sollie`: Henrik Sollie and his father, Erik
 * Sollie), the one the story calls by that surname alone; the other it names in full each time.
 */
function calledBySurname(groups: PersonRecord[][], query: string): PersonRecord[][] {
  if (groups.length < 2) return groups;
  const asked = normalise(query);
  const called = groups.filter((records) => records.some((p) => {
    if (p.entity.kind !== 'person' || normalise(p.entity.name).split(' ').pop() !== asked) return false;
    const text = p.article.article.text;
    return p.entity.mentions.some((m) => normalise(text.slice(m.start, m.end)) === asked);
  }));
  return called.length === 1 ? called : groups;
}

/** What the article reports one person (or body) said, in article order, as statements. */
function reportedBy(records: PersonRecord[], topic: QueryTerm[]): AnswerItem[] {
  return records
    .flatMap((p) => p.statements.map((s) => ({ p, s })))
    .filter(({ s }) => !topic.length || coverage(topic, toDoc(s.text)).score >= THRESHOLDS.topic)
    .sort((a, b) => a.s.start - b.s.start)
    .slice(0, LIMITS.quotesPerPerson)
    .map(({ p, s }) => ({ kind: 'statement' as const, speaker: s.speaker, quote: null, figure: null, text: s.text, citation: citation(p.article, s.paragraph, s) }));
}

/** The person's quote records in article order. */
function quoteRecordsOf(index: SearchIndex, person: PersonRecord): QuoteRecord[] {
  const ids = new Set(person.quotes.map((q) => q.start));
  return index.quotesIn(person.article.id).filter((r) => ids.has(r.quote.start));
}

/** People whose role names one of these organisations, with quotes of their own. */
function staffOf(index: SearchIndex, orgs: PersonRecord[]): Hit<PersonRecord>[] {
  const names = orgs.filter((o) => o.entity.kind === 'organisation').flatMap((o) => [o.entity.name, ...o.entity.aliases]).map(normalise).filter((n) => n.length > 1);
  if (!names.length) return [];
  return [...new Set(orgs.map((o) => o.article.id))]
    .flatMap((id) => index.in('people', id))
    .filter((p) => p.entity.kind === 'person' && p.quotes.length)
    .filter((p) => {
      const role = normalise(p.entity.role ?? '');
      return names.some((n) => ` ${role} `.includes(` ${n} `));
    })
    .map((record) => ({ record, score: 1, coverage: { score: 1, perTerm: [] } }));
}

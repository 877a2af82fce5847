/**
 * Custom IDs of byline's buttons: `byline:<action>:<store id>:<n>`. They carry only a short store id
 * and a number, well under Discord's 100 characters; what the id stands for lives in a TtlStore.
 */
const PREFIX = 'byline';

export const customId = {
  /** Go to page `n` of a paged reply. */
  page: (id: string, n: number) => `${PREFIX}:page:${id}:${n}`,
  /** The disabled "2 / 5" label between Previous and Next. */
  position: (id: string) => `${PREFIX}:pos:${id}`,
  /** Ask suggestion `n` of a suggestion set. */
  pick: (id: string, n: number) => `${PREFIX}:pick:${id}:${n}`,
} as const;

export interface ParsedId {
  action: 'page' | 'pos' | 'pick';
  id: string;
  n: number;
}

export function parseCustomId(value: string): ParsedId | undefined {
  const m = /^byline:(page|pos|pick):([\w-]{1,32})(?::(\d{1,4}))?$/.exec(value);
  if (!m) return undefined;
  return { action: m[1] as ParsedId['action'], id: m[2]!, n: Number(m[3] ?? 0) };
}

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * Reads JSON lines from `input` and writes one line per request to `output`, in order.
 * A line that is not valid JSON or that the handler rejects gets an `{"error"}` line in its
 * place, so a caller that pairs requests with answers by position never loses its place.
 */
export async function mapJsonLines(
  input: Readable,
  output: Writable,
  handle: (request: unknown, line: number) => Promise<unknown> | unknown,
  onError: (message: string, line: number) => unknown = (message) => ({ error: message }),
): Promise<number> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let failures = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim() === '') continue;
    let out: unknown;
    try {
      out = await handle(JSON.parse(raw), line);
    } catch (error) {
      failures++;
      out = onError(error instanceof SyntaxError ? `line ${line} is not valid JSON` : (error as Error).message, line);
    }
    if (!output.write(JSON.stringify(out) + '\n')) await new Promise((resolve) => output.once('drain', resolve));
  }
  return failures;
}

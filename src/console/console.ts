import { createInterface } from 'node:readline';
import type { Engine } from '../answer/engine.js';
import { MESSAGES } from '../errors.js';
import { COLOR, PLAIN } from '../render/text.js';
import { parseLine, run } from './commands.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Colours and a prompt; defaults to whether output is a terminal. */
  interactive?: boolean;
}

/**
 * The local console: the Discord commands at a prompt, for trying byline without a bot.
 * Coloured with a prompt on a terminal; plain and prompt-free when piped, ending with its input
 * (`echo "/figure death toll" | npm start`).
 */
export async function runConsole(engine: Engine, options: ConsoleOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((output as NodeJS.WriteStream).isTTY && (input as NodeJS.ReadStream).isTTY);
  const style = interactive ? COLOR : PLAIN;
  const rl = createInterface({ input, output, terminal: interactive, prompt: interactive ? style.accent('byline> ') : '' });
  const print = (text: string) => text && output.write(`${text}\n${interactive ? '' : '\n'}`);
  let current: string | undefined;
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const action = parseLine(line);
    if (action.kind === 'quit') break;
    if (action.kind === 'use') {
      if (action.article && !engine.library.get(action.article)) print(style.warn(MESSAGES.unknownArticle(action.article, engine.library.ids())));
      else {
        current = action.article;
        print(style.dim(current ? `Answering from ${current} only.` : 'Answering from every article.'));
      }
    } else {
      try {
        print(run(engine, action, style, current));
      } catch (error) {
        // The engine does not throw on input; if it ever does, say so and keep the prompt.
        print(style.warn(`Something went wrong: ${(error as Error).message}`));
      }
    }
    if (interactive) rl.prompt();
  }
  rl.close();
}

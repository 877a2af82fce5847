/**
 * byline's command line (contracts in DEVELOPERS.md):
 *   npm run cli -- ask|whosaid|quotes|figure|search "<text>" [--article ID] [--json]
 *   npm run cli -- batch            JSON lines {"command","query","article"?} in, one answer line out each
 *   npm run cli -- extract          JSON lines {"id","text"} in, one extraction line out each
 *   npm run cli -- ingest <file> [--json]
 */
import { parseArgs } from 'node:util';
import { Engine } from './answer/engine.js';
import { COMMANDS, type Answer, type Command } from './answer/types.js';
import { articleFromText, loadArticleFile } from './article/load.js';
import { parseArticle } from './article/parse.js';
import { mapJsonLines } from './cli/lines.js';
import { describeArticle } from './cli/ingest.js';
import { loadConfig } from './config.js';
import { MESSAGES, UserError } from './errors.js';
import { extract } from './extract/index.js';
import { toExtractLine } from './extract/json.js';
import { ExtractionCache } from './library/cache.js';
import { Library } from './library/library.js';
import { COLOR, PLAIN, renderAnswer } from './render/text.js';

const USAGE = `Usage:
  npm run cli -- <${COMMANDS.join('|')}> "<text>" [--article ID] [--json]
  npm run cli -- batch     < requests.jsonl   ({"command","query","article"?} per line)
  npm run cli -- extract   < articles.jsonl   ({"id","text"} per line)
  npm run cli -- ingest <file> [--json]`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { article: { type: 'string', short: 'a' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'extract') return extractLines();
  if (command === 'ingest') return ingest(rest[0], values.json);
  const config = loadConfig();
  const cache = config.cacheDir ? await ExtractionCache.open(config.cacheDir) : undefined;
  const library = await Library.fromDirectory(config.articlesDir, { cache });
  for (const e of library.errors) console.error(`warning: ${e.message}`);
  if (!library.size) throw new UserError(MESSAGES.noArticles(config.articlesDir));
  const engine = new Engine(library);
  if (!Engine.isCommand(command) && command !== 'batch') {
    console.error(`${MESSAGES.unknownCommand(command)}\n\n${USAGE}`);
    return 2;
  }
  if (command === 'batch') await batch(engine);
  else {
    const answer = engine.answer({ command, query: rest.join(' '), article: values.article });
    console.log(values.json ? JSON.stringify(answer) : renderAnswer(answer, process.stdout.isTTY ? COLOR : PLAIN));
  }
  // (A large library's index, kept for the next command: it then starts without reading every article.)
  await engine.keepIndex();
  return 0;
}

/** One answer line per request line, in order; a bad line answers with a message, not a crash. */
async function batch(engine: Engine): Promise<number> {
  await mapJsonLines(process.stdin, process.stdout, (request, line) => {
    const r = (request ?? {}) as { command?: unknown; query?: unknown; article?: unknown };
    const command = typeof r.command === 'string' ? r.command : '';
    const query = typeof r.query === 'string' ? r.query : '';
    if (!Engine.isCommand(command) || typeof r.query !== 'string') {
      const reason = !Engine.isCommand(command) ? `"command" must be one of ${COMMANDS.join(', ')}` : '"query" must be a string';
      return { command: command || null, query, answers: [], message: MESSAGES.badJsonLine(line, reason) };
    }
    return engine.answer({ command: command as Command, query, article: typeof r.article === 'string' && r.article ? r.article : undefined }) satisfies Answer;
  }, (message) => ({ command: null, query: '', answers: [], message }));
  return 0;
}

/** `{"id","text"}` lines in, the extract contract's lines out. */
async function extractLines(): Promise<number> {
  await mapJsonLines(process.stdin, process.stdout, (request, line) => {
    const r = (request ?? {}) as { id?: unknown; text?: unknown };
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : '';
    if (typeof r.text !== 'string') return { id, quotes: [], figures: [], entities: [], error: MESSAGES.badJsonLine(line, '"text" must be a string') };
    const article = parseArticle(id, r.text);
    const out = toExtractLine(id, extract(article));
    return article.paragraphs.length ? out : { ...out, error: MESSAGES.emptyArticle(id) };
  }, (message) => ({ id: '', quotes: [], figures: [], entities: [], error: message }));
  return 0;
}

async function ingest(file: string | undefined, json: boolean): Promise<number> {
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const article = file === '-' ? articleFromText('stdin', await readStdin()) : await loadArticleFile(file);
  const extraction = extract(article);
  console.log(json ? JSON.stringify({ ...toExtractLine(article.id, extraction), meta: article.meta, paragraphs: article.paragraphs.length, blocks: article.blocks.map(({ kind, start, end, paragraph }) => ({ kind, start, end, paragraph })) }) : describeArticle(article, extraction, process.stdout.isTTY ? COLOR : PLAIN));
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof UserError || (error instanceof Error && error.message.startsWith('Invalid configuration')) ? error.message : error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);

/**
 * `lagebild extract [FILE|-] [--lang CODE] [--date YYYY-MM-DD] [--format json|jsonl] [--jobs N]`
 * (CONTRACT.md): reads the articles of FILE (text, HTML, JSON, JSONL, a directory, a URL) or of
 * standard input ('-', the default; --format says json / jsonl / html, text otherwise), analyses
 * each and prints one contract result per article.
 *
 * Analysis runs in N worker threads (--jobs, default: every core; docs/parallel.md), the output
 * in input order and byte-identical to --jobs 1, which analyses in this thread. A single-article
 * input is analysed in this thread (starting workers would cost more than it saves).
 *
 * Output: one pretty-printed JSON result for a single-article input; JSON Lines (one compact
 * result a line, in input order) for .jsonl input, a directory, --format jsonl, or any source that
 * turns out to hold more than one article (a feed). An article that cannot be read gives
 * `{"id", "error": {code, message}}` and the rest go on (exit 0). A source that cannot be opened
 * or parsed at all: exit 2 and one stderr line naming it and the reason. A reader that closes the
 * pipe early (`| head`) ends the output quietly (exit 0); another write error (a full disk) is an
 * internal error (exit 1).
 *
 * @example
 * lagebild extract article.txt --lang de
 * lagebild extract batch.jsonl > results.jsonl
 * lagebild extract corpus.jsonl --jobs 1 > results.jsonl   # one thread
 * cat a.json | lagebild extract - --format json
 */
import { statSync } from 'node:fs';
import { once } from 'node:events';
import { parse } from './args.js';
import { CliError } from './errors.js';
import type { ReadItem } from '../read/index.js';
import { isDay } from '../read/article.js';
import type { Lang, ResultOrError } from '../contract/schema.js';
import { hasPack, languageCodes } from '../lang/packs.js';
import { AnalysisPool } from '../parallel/pool.js';
import { ordered } from '../parallel/ordered.js';
import { parseJobs } from '../parallel/jobs.js';
import type { ExtractOpts } from '../parallel/tasks.js';

/** Streams `run` uses; tests pass their own. */
export interface ExtractIO {
  stdout?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

const USAGE = `usage: lagebild extract [FILE|-] [--lang ${languageCodes().join('|')}] [--date YYYY-MM-DD] [--format json|jsonl|text|html] [--jobs N]`;
const FORMATS = ['json', 'jsonl', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** The options of extract, checked: a bad value is a CliError of one line. */
export function extractOptions(argv: string[]): { spec: string; lang?: Lang; date?: string; format?: Format; jobs: number; help: boolean } {
  const { values, positionals } = parse(argv, {
    lang: { type: 'string' },
    date: { type: 'string' },
    format: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  });
  if (positionals.length > 1) throw new CliError(`expected one FILE or -, got ${positionals.length} (${USAGE})`);
  const lang = values.lang as string | undefined;
  if (lang !== undefined && !hasPack(lang)) throw new CliError(`--lang must be ${languageCodes().join(' or ')}, got "${lang}"`);
  const date = values.date as string | undefined;
  if (date !== undefined && !isDay(date)) {
    throw new CliError(`--date must be a day as YYYY-MM-DD, got "${date}"`);
  }
  const format = values.format as string | undefined;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`--format must be json or jsonl (or text, html for standard input), got "${format}"`);
  }
  const jobs = parseJobs(values.jobs as string | undefined);
  return { spec: positionals[0] ?? '-', lang: lang as Lang | undefined, date, format: format as Format | undefined, jobs, help: !!values.help };
}

/** True when the output is JSON Lines from the start (the input holds many articles by its form). */
function manyByForm(spec: string, format?: Format): boolean {
  if (format === 'jsonl' || /\.(jsonl|ndjson)$/i.test(spec)) return true;
  if (spec === '-' || /^https?:\/\//i.test(spec)) return false;
  try {
    return statSync(spec).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The result for one read item in this thread: the analysis, or the error result of an unreadable
 * article. The pipeline is loaded on first use: with workers the main thread never loads it.
 */
async function resultOf(item: ReadItem, opts: ExtractOpts): Promise<ResultOrError> {
  if ('error' in item) return { id: item.id ?? item.origin, error: item.error };
  const { extractResult } = await import('../parallel/tasks.js');
  return extractResult(item.article, item.origin, item.notes ?? [], opts);
}

/** Runs the command; returns the exit status. */
export async function run(argv: string[], io: ExtractIO = {}): Promise<number> {
  const o = extractOptions(argv);
  const out = io.stdout ?? process.stdout;
  if (o.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  let closed = false;
  const onError = () => { closed = true; };
  out.on('error', onError); // a closed pipe (| head) ends the output quietly
  const write = async (s: string) => {
    if (closed || out.write(s)) return;
    // wait for 'drain' or 'close', then drop the other listener: a pending once() would stay
    // attached, one per wait, and a slow reader (| gzip) makes thousands of waits
    const ac = new AbortController();
    try {
      await Promise.race([once(out, 'drain', { signal: ac.signal }), once(out, 'close', { signal: ac.signal })]);
    } catch (err) {
      // once() rejects when the stream emits 'error' during the wait. EPIPE (the reader of a pipe
      // went away, | head) ends the output quietly, as onError has it; any other error (ENOSPC)
      // stays an error (exit 1)
      if ((err as NodeJS.ErrnoException)?.code !== 'EPIPE') throw err;
      closed = true;
    } finally {
      ac.abort();
    }
  };
  let lines = manyByForm(o.spec, o.format);
  let held: string | null = null;
  // workers from the start when the input holds many articles by its form, else from the second article on
  let pool: AnalysisPool | null = null;
  const usePool = () => (pool ??= new AnalysisPool({ size: o.jobs }));
  if (lines && o.jobs > 1) usePool();
  // the readers (HTML, feeds, charsets: ~0.5 s of CPU to load) load while the workers start
  const { readSource, SourceError } = await import('../read/index.js');
  let index = 0;
  /** One item's result as compact JSON (a promise while a worker analyses it). */
  const opts: ExtractOpts = { lang: o.lang, date: o.date };
  const analyse = async (item: ReadItem): Promise<string> => {
    const first = index++ === 0;
    if ('error' in item || o.jobs === 1 || (first && !lines)) return JSON.stringify(await resultOf(item, opts));
    return usePool().run({ kind: 'extract', article: item.article, origin: item.origin, notes: item.notes ?? [], opts });
  };
  let ok = false;
  try {
    for await (const json of ordered(readSource(o.spec, { format: o.format, stdin: io.stdin }), analyse, 8 * o.jobs)) {
      if (closed) break;
      if (lines) await write(`${json}\n`);
      else if (held === null) held = json;
      else {
        // a second article: the source holds many, switch to JSON Lines
        lines = true;
        await write(`${held}\n${json}\n`);
        held = null;
      }
    }
    ok = true;
  } catch (err) {
    if (err instanceof SourceError) throw new CliError(err.message);
    throw err;
  } finally {
    out.off('error', onError);
    const p = pool as AnalysisPool | null;
    if (p) await (ok && !closed ? p.close() : p.destroy());
  }
  if (held !== null) await write(`${JSON.stringify(JSON.parse(held), null, 2)}\n`);
  return 0;
}

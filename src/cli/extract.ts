/**
 * `lagebild extract [FILE|-] [--lang CODE] [--date YYYY-MM-DD] [--format json|jsonl]`
 * (CONTRACT.md): reads the articles of FILE (text, HTML, JSON, JSONL, a directory, a URL) or of
 * standard input ('-', the default; --format says json / jsonl / html, text otherwise), analyses
 * each and prints one contract result per article.
 *
 * Output: one pretty-printed JSON result for a single-article input; JSON Lines (one compact
 * result a line, in input order) for .jsonl input, a directory, --format jsonl, or any source that
 * turns out to hold more than one article (a feed). An article that cannot be read gives
 * `{"id", "error": {code, message}}` and the rest go on (exit 0). A source that cannot be opened
 * or parsed at all: exit 2 and one stderr line naming it and the reason.
 *
 * @example
 * lagebild extract article.txt --lang de
 * lagebild extract batch.jsonl > results.jsonl
 * cat a.json | lagebild extract - --format json
 */
import { statSync } from 'node:fs';
import { once } from 'node:events';
import { parse } from './args.js';
import { CliError } from './errors.js';
import { analyze } from '../pipeline/analyze.js';
import { readSource, SourceError, type ReadItem } from '../read/index.js';
import { isDay } from '../read/article.js';
import type { Lang, ResultOrError } from '../contract/schema.js';
import { hasPack, languageCodes } from '../lang/packs.js';

/** Streams `run` uses; tests pass their own. */
export interface ExtractIO {
  stdout?: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

const USAGE = `usage: lagebild extract [FILE|-] [--lang ${languageCodes().join('|')}] [--date YYYY-MM-DD] [--format json|jsonl|text|html]`;
const FORMATS = ['json', 'jsonl', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** The options of extract, checked: a bad value is a CliError of one line. */
export function extractOptions(argv: string[]): { spec: string; lang?: Lang; date?: string; format?: Format; help: boolean } {
  const { values, positionals } = parse(argv, {
    lang: { type: 'string' },
    date: { type: 'string' },
    format: { type: 'string' },
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
  return { spec: positionals[0] ?? '-', lang: lang as Lang | undefined, date, format: format as Format | undefined, help: !!values.help };
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

/** The result for one read item: the analysis, or the error result of an unreadable article. */
export function resultOf(item: ReadItem, opts: { lang?: Lang; date?: string }): ResultOrError {
  if ('error' in item) return { id: item.id ?? item.origin, error: item.error };
  const notes = (item.notes ?? []).map((message) => ({ stage: 'read', message }));
  let r: ResultOrError;
  try {
    r = analyze(item.article, { lang: opts.lang, date: opts.date });
  } catch (err) {
    r = { id: item.article.id ?? item.origin, error: { code: 'internal', message: `analysis failed: ${(err as Error).message}` } };
  }
  if (notes.length) {
    if ('error' in r) r.diagnostics = [...notes, ...(r.diagnostics ?? [])];
    else r.diagnostics.unshift(...notes);
  }
  return r;
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
    if (!closed && !out.write(s)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  };
  let lines = manyByForm(o.spec, o.format);
  let held: ResultOrError | null = null;
  try {
    for await (const item of readSource(o.spec, { format: o.format, stdin: io.stdin })) {
      if (closed) break;
      const r = resultOf(item, o);
      if (lines) await write(`${JSON.stringify(r)}\n`);
      else if (held === null) held = r;
      else {
        // a second article: the source holds many, switch to JSON Lines
        lines = true;
        await write(`${JSON.stringify(held)}\n${JSON.stringify(r)}\n`);
        held = null;
      }
    }
  } catch (err) {
    if (err instanceof SourceError) throw new CliError(err.message);
    throw err;
  } finally {
    out.off('error', onError);
  }
  if (held !== null) await write(`${JSON.stringify(held, null, 2)}\n`);
  return 0;
}

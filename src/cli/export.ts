/**
 * `lagebild export [--db FILE|postgres://...] --format jsonl|csv|plover [--out FILE]`: the stored
 * analyses as contract results (jsonl), one CSV row per event (csv) or PLOVER event records
 * (plover); to standard output unless --out is given. See docs/store.md for columns and fields.
 *
 * @example
 * lagebild export --format csv --out events.csv
 */
import { createWriteStream, existsSync, openSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parse } from './args.js';
import { CliError } from './errors.js';
import { DEFAULT_DB, isPostgresSpec } from '../store/open.js';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../export/export.js';
import { openStoreForCli } from './open-store.js';
import { correctedView } from '../store/corrected-view.js';

const USAGE = 'usage: lagebild export [--db FILE|postgres://...] --format jsonl|csv|plover [--out FILE]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (${USAGE})`);
  const format = (values.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be jsonl, csv or plover, got "${values.format}"`);
  const db = values.db ?? DEFAULT_DB;
  if (!isPostgresSpec(db) && !existsSync(db)) throw new CliError(`${db}: no such database (ingest something first)`);
  let fd: number | undefined;
  if (values.out) {
    try {
      fd = openSync(values.out, 'w');
    } catch (err) {
      throw new CliError(`${values.out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  const store = await openStoreForCli(db);
  try {
    const out = fd !== undefined ? createWriteStream('', { fd }) : process.stdout;
    const failed = new Promise<never>((_, reject) => out.on('error', (e: NodeJS.ErrnoException) => {
      // a closed pipe (| head) is the reader's choice, not an error
      if (e.code === 'EPIPE') process.exit(0);
      reject(new CliError(`${values.out ?? 'stdout'}: ${e.message}`));
    }));
    // analysts' corrections apply to exports (src/store/corrected-view.ts)
    const n = await Promise.race([exportStore(correctedView(store), format, out), failed]);
    if (fd !== undefined) {
      out.end();
      await Promise.race([finished(out), failed]);
    }
    process.stderr.write(`export: ${n} ${format === 'jsonl' ? 'results' : 'events'} written${values.out ? ` to ${values.out}` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

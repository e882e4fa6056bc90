/**
 * `lagebild export [--db FILE|postgres://...] --format jsonl|csv|plover|levers-csv|levers-jsonl [--out FILE]`: the stored
 * analyses as contract results (jsonl), one CSV row per event (csv) or PLOVER event records
 * (plover), or one row / object per lever (levers-csv, levers-jsonl); to standard output unless --out is given. See docs/store.md for columns and fields.
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
import type { ExportFilter } from '../export/filter.js';
import { EVENT_STATUSES, PLOVER_TYPES } from '../contract/schema.js';
import { correctedView } from '../store/corrected-view.js';

/** The export filter of the command line (the API's event filters); a bad value is a CliError. */
function exportFilter(v: Record<string, string | boolean | undefined>): ExportFilter {
  const str = (k: string) => (typeof v[k] === 'string' && v[k] !== '' ? v[k] as string : undefined);
  const f: ExportFilter = {};
  for (const k of ['from', 'to'] as const) {
    const d = str(k);
    if (d !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) throw new CliError(`--${k} must be a date YYYY[-MM[-DD]], got "${d}"`);
    f[k] = d;
  }
  for (const k of ['source', 'target'] as const) {
    const c = str(k)?.toUpperCase();
    if (c !== undefined && !/^[A-Z]{3}$/.test(c)) throw new CliError(`--${k} must be an ISO3 country code, got "${c}"`);
    f[k] = c;
  }
  f.either = v.either === true;
  const type = str('type')?.toUpperCase();
  if (type !== undefined && !(PLOVER_TYPES as readonly string[]).includes(type)) throw new CliError(`--type must be one of ${PLOVER_TYPES.join(', ')}`);
  f.type = type;
  const status = str('status')?.toLowerCase();
  if (status !== undefined && !(EVENT_STATUSES as readonly string[]).includes(status)) throw new CliError(`--status must be one of ${EVENT_STATUSES.join(', ')}`);
  f.status = status;
  const mc = str('min-confidence');
  if (mc !== undefined && (!/^\d+(\.\d+)?$/.test(mc) || Number(mc) > 1)) throw new CliError(`--min-confidence must be a number from 0 to 1, got "${mc}"`);
  f.minConfidence = mc === undefined ? undefined : Number(mc);
  return f;
}

const USAGE = 'usage: lagebild export [--db FILE|postgres://...] --format jsonl|csv|plover|polecat|levers-csv|levers-jsonl [--out FILE]\n'
  + '  filters: [--from DATE] [--to DATE] [--source ISO3] [--target ISO3] [--either] [--type TYPE] [--status STATUS] [--min-confidence 0..1]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    target: { type: 'string' },
    either: { type: 'boolean' },
    type: { type: 'string' },
    status: { type: 'string' },
    'min-confidence': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (${USAGE})`);
  const format = (values.format ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${values.format}"`);
  const filter = exportFilter(values);
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
    const n = await Promise.race([exportStore(correctedView(store), format, out, filter), failed]);
    if (fd !== undefined) {
      out.end();
      await Promise.race([finished(out), failed]);
    }
    process.stderr.write(`export: ${n} ${format === 'jsonl' ? 'results' : format.startsWith('levers') ? 'levers' : 'events'} written${values.out ? ` to ${values.out}` : ''}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

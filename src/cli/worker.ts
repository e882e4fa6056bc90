/**
 * `lagebild worker [--db postgres://...|FILE] [--once] [--batch N] [--lease SECONDS] [--no-learn]`: analyses
 * pending articles (those `ingest` enqueued) until stopped, or with --once until none is left.
 * Start as many as you like, on as many machines as you like (PostgreSQL). Ctrl+C / SIGTERM
 * finishes the current article and exits. --no-learn analyses with the starter registry only
 * (no registry facts read or written).
 *
 * @example
 * lagebild worker --db postgres://postgres@127.0.0.1:5432/test --once
 */
import { parse } from './args.js';
import { CliError } from './errors.js';
import { DEFAULT_DB } from '../store/open.js';
import { work } from '../ingest/worker.js';
import { Progress } from '../ingest/progress.js';
import { openStoreForCli, storageError } from './open-store.js';
import { cpuSeconds, peakRssMb } from '../ingest/process-stats.js';

const USAGE = 'usage: lagebild worker [--db postgres://...|FILE] [--once] [--batch N] [--lease SECONDS] [--no-learn]';

function positiveInt(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a positive whole number, got "${v}"`);
  return n;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    once: { type: 'boolean' },
    batch: { type: 'string' },
    lease: { type: 'string' },
    'no-learn': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (${USAGE})`);
  const batch = positiveInt(values.batch, 'batch', 16);
  const leaseMs = positiveInt(values.lease, 'lease', 300) * 1000;
  const store = await openStoreForCli(values.db ?? DEFAULT_DB, { max: 2 });
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const s = await work(store, { once: !!values.once, batch, leaseMs, progress: new Progress('worker'), signal: stop.signal, learn: !values['no-learn'] });
    process.stdout.write(
      `worker: ${s.analysed} analysed, ${s.errors} errors in ${s.seconds.toFixed(1)} s ` +
      `(${(s.analysed / Math.max(s.seconds, 0.001)).toFixed(1)}/s), peak RSS ${peakRssMb()} MB, CPU ${cpuSeconds()} s\n`,
    );
    return 0;
  } catch (err) {
    throw storageError(err, values.db ?? DEFAULT_DB);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

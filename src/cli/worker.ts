/**
 * `lagebild worker [--db postgres://...|FILE] [--once] [--batch N] [--lease SECONDS] [--no-learn] [--jobs N] [--nice N]`: analyses
 * pending articles (those `ingest` enqueued) until stopped, or with --once until none is left,
 * in N worker threads (--jobs, default every core; 1 = in this thread; same results either way,
 * learning included: docs/parallel.md).
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
import { parseJobs, parseNice } from '../parallel/jobs.js';
import { AnalysisPool } from '../parallel/pool.js';

const USAGE = 'usage: lagebild worker [--db postgres://...|FILE] [--once] [--batch N] [--lease SECONDS] [--no-learn] [--jobs N] [--nice N]';

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
    jobs: { type: 'string', short: 'j' },
    nice: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (${USAGE})`);
  const jobs = parseJobs(values.jobs);
  const nice = parseNice(values.nice);
  // a batch keeps every worker thread busy: at least 8 articles per thread unless --batch says otherwise
  const batch = positiveInt(values.batch, 'batch', Math.max(16, 8 * jobs));
  const leaseMs = positiveInt(values.lease, 'lease', 300) * 1000;
  const store = await openStoreForCli(values.db ?? DEFAULT_DB, { max: 2 });
  // threads start now, while the first batch is leased
  const pool = jobs > 1 ? new AnalysisPool({ size: jobs, nice }) : undefined;
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const s = await work(store, { once: !!values.once, batch, leaseMs, progress: new Progress('worker'), signal: stop.signal, learn: !values['no-learn'], pool });
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
    await pool?.destroy();
    await store.close();
  }
}

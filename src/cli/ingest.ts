/**
 * `lagebild ingest PATH|URL|FEED... [--db FILE|postgres://...] [--allow-private] [--no-learn] [--jobs N] [--nice N]`: stores the
 * articles of files, folders, URLs and feeds in the database (default .lagebild/lagebild.db).
 * With SQLite it analyses them too; with PostgreSQL it only enqueues them (status pending) for
 * `lagebild worker`. Progress on a terminal; one summary line at the end; exit 0 (2 when a
 * whole source could not be opened). --no-learn analyses with the starter registry and the
 * store's facts neither read nor written (docs/events.md, "Actor registry"). The analysis runs in
 * N worker threads (--jobs, default every core; 1 = in this thread; docs/parallel.md).
 *
 * @example
 * lagebild ingest samples/ feed.xml https://example.org/news.html
 * lagebild ingest corpus.jsonl --db postgres://postgres@127.0.0.1:5432/test
 */
import { parse } from './args.js';
import { CliError } from './errors.js';
import { DEFAULT_DB, isPostgresSpec } from '../store/open.js';
import { ingest } from '../ingest/ingest.js';
import { Progress } from '../ingest/progress.js';
import { openStoreForCli, storageError } from './open-store.js';
import { cpuSeconds, peakRssMb } from '../ingest/process-stats.js';
import { parseJobs, parseNice } from '../parallel/jobs.js';
import { AnalysisPool } from '../parallel/pool.js';

const USAGE = 'usage: lagebild ingest PATH|URL|FEED... [--db FILE|postgres://...] [--allow-private] [--enqueue-only] [--no-learn] [--jobs N] [--nice N]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    'allow-private': { type: 'boolean' },
    'enqueue-only': { type: 'boolean' },
    'no-learn': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    nice: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!positionals.length) throw new CliError(`nothing to ingest (${USAGE})`);
  const jobs = parseJobs(values.jobs);
  const nice = parseNice(values.nice);
  const db = values.db ?? DEFAULT_DB;
  const pg = isPostgresSpec(db);
  const analyse = !pg && !values['enqueue-only'];
  const store = await openStoreForCli(db);
  const progress = new Progress('ingest');
  // workers start loading while the first batch is read and stored
  const pool = analyse && jobs > 1 ? new AnalysisPool({ size: jobs, nice }) : undefined;
  try {
    const s = await ingest(store, positionals, {
      analyse, allowPrivate: !!values['allow-private'], progress, learn: !values['no-learn'], pool,
    });
    const secs = progress.elapsed();
    const tail = s.pending ? `, ${s.pending} pending (run: lagebild worker --db ${pg ? '<url>' : db})` : '';
    process.stdout.write(
      `ingest: ${s.read} read, ${s.new} new, ${s.known} known, ${s.analysed} analysed, ${s.errors} errors${tail} ` +
      `in ${secs.toFixed(1)} s (${(s.read / Math.max(secs, 0.001)).toFixed(1)}/s), peak RSS ${peakRssMb()} MB, CPU ${cpuSeconds()} s\n`,
    );
    return s.sourceErrors ? 2 : 0;
  } catch (err) {
    progress.stop();
    throw storageError(err, db);
  } finally {
    await pool?.destroy();
    await store.close();
  }
}

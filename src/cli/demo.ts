/**
 * `lagebild demo` (= `npm start`): ingests samples/ into .lagebild/lagebild.db (idempotent: a
 * second start adds nothing), builds the dashboard when needed, serves it on 127.0.0.1 (port
 * 8080, or the next free one) and prints the URL. The samples are analysed in N worker threads
 * (--jobs, default every core; 1 = in this thread), the same pool in which the server then
 * analyses posted articles (docs/parallel.md).
 *
 * @example
 * lagebild demo --port 9000 --jobs 2
 */
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/ingest.js';
import { DEFAULT_DB } from '../store/open.js';
import { parse } from './args.js';
import { openStoreForCli } from './open-store.js';
import { parsePort, serveStore, untilInterrupted } from './serve.js';
import { parseJobs } from '../parallel/jobs.js';
import { configureSharedPool, sharedPool } from '../parallel/shared.js';

/** The samples/ folder of this checkout. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' }, 'no-build': { type: 'boolean' }, jobs: { type: 'string', short: 'j' } });
  const port = parsePort(values.port, 8080);
  const jobs = parseJobs(values.jobs);
  configureSharedPool(jobs);
  const store = await openStoreForCli(values.db ?? DEFAULT_DB);
  try {
    const s = await ingest(store, [SAMPLES_DIR], { analyse: true, pool: jobs > 1 ? sharedPool() : undefined });
    process.stderr.write(`lagebild demo: samples: ${s.new} new, ${s.known} already stored, ${s.errors} errors\n`);
    const srv = await serveStore(store, { host: '127.0.0.1', port, tryNextPorts: values.port === undefined, build: !values['no-build'] });
    process.stdout.write(`Lagebild is running at ${srv.url}  (Ctrl+C to stop)\n`);
    return await untilInterrupted(srv, store);
  } catch (err) {
    await store.close();
    throw err;
  }
}

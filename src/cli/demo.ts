/**
 * `lagebild demo` (= `npm start`): ingests samples/ into .lagebild/lagebild.db (idempotent: a
 * second start adds nothing), builds the dashboard when needed, serves it on 127.0.0.1 (port
 * 8080, or the next free one) and prints the URL.
 *
 * @example
 * lagebild demo --port 9000
 */
import { fileURLToPath } from 'node:url';
import { readSource } from '../read/index.js';
import { storeAndAnalyze } from '../server/add-article.js';
import { DEFAULT_DB, openDb } from '../server/open-db.js';
import type { Store } from '../store/store.js';
import { parse } from './args.js';
import { parsePort, serveStore, untilInterrupted } from './serve.js';

/** The samples/ folder of this checkout. */
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/** Stores and analyses every article under `dir`; returns counts. */
export async function ingestDir(store: Store, dir: string): Promise<{ added: number; known: number; failed: number; events: number }> {
  const c = { added: 0, known: 0, failed: 0, events: 0 };
  for await (const item of readSource(dir, {})) {
    if (!('article' in item)) {
      c.failed++;
      process.stderr.write(`lagebild demo: ${item.origin}: ${item.error.message}\n`);
      continue;
    }
    const r = await storeAndAnalyze(store, item.article);
    if (r.inserted) c.added++;
    else c.known++;
    if (r.status === 'error') c.failed++;
    c.events += r.events;
  }
  return c;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' } });
  const port = parsePort(values.port, 8080);
  const store = await openDb(values.db ?? DEFAULT_DB);
  try {
    const c = await ingestDir(store, SAMPLES_DIR);
    process.stderr.write(`lagebild demo: samples: ${c.added} new, ${c.known} already stored, ${c.failed} failed, ${c.events} events\n`);
    const srv = await serveStore(store, { host: '127.0.0.1', port, tryNextPorts: values.port === undefined });
    process.stdout.write(`Lagebild is running at ${srv.url}  (Ctrl+C to stop)\n`);
    return await untilInterrupted(srv, store);
  } catch (err) {
    await store.close();
    throw err;
  }
}

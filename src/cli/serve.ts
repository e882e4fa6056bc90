/**
 * `lagebild serve [--db FILE|postgres://...] [--port N] [--host H] [--token T] [--allow-host NAME]`: the JSON API and the dashboard.
 * --no-build serves web/dist as it is (no Vite run). Binds 127.0.0.1 by default; on another host, every API request needs
 * the token (--token or LAGEBILD_TOKEN), and --allow-host names further Host headers to answer (docs/web.md "Security").
 * Prints the URL once listening and runs until interrupted.
 *
 * @example
 * lagebild serve --db my.db --port 8080
 */
import { readSource } from '../read/index.js';
import { DEFAULT_DB } from '../store/open.js';

import { openStoreForCli } from './open-store.js';
import { isLoopback, startServer, type RunningServer } from '../server/server.js';
import { ensureWebBuilt } from '../server/web-build.js';
import { parse } from './args.js';
import { CliError } from './errors.js';
import type { Store } from '../store/store.js';

/** Parses a --port value. */
export function parsePort(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new CliError(`--port must be a number 0..65535, not "${v}"`);
  return Number(v);
}

/** Builds the page if needed, then listens; shared by serve and demo. */
export async function serveStore(store: Store, o: { host: string; port: number; token?: string; allowedHosts?: string[]; tryNextPorts?: boolean; build?: boolean }): Promise<RunningServer> {
  try {
    if (o.build !== false && await ensureWebBuilt()) process.stderr.write('lagebild: built the dashboard (web/dist)\n');
  } catch (err) {
    process.stderr.write(`lagebild: ${(err as Error).message}; serving the API only\n`);
  }
  const fetchArticles = (url: string) => readSource(url, {});
  for (let port = o.port, tries = 0; ; port++, tries++) {
    try {
      return await startServer({ store, host: o.host, port, token: o.token, allowedHosts: o.allowedHosts, fetchArticles });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && o.tryNextPorts && tries < 10) continue;
      if (code === 'EADDRINUSE') throw new CliError(`port ${port} on ${o.host} is in use (try --port N)`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on host "${o.host}"`);
      if (code === 'EACCES') throw new CliError(`no permission to listen on port ${port}`);
      throw err;
    }
  }
}

/** Keeps running until SIGINT/SIGTERM, then closes the server and the store. */
export function untilInterrupted(srv: RunningServer, store: Store): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void srv.close().then(() => store.close()).then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' },
    'no-build': { type: 'boolean' }, 'allow-host': { type: 'string', multiple: true },
  });
  const host = values.host ?? '127.0.0.1';
  const port = parsePort(values.port, 8080);
  const token = values.token ?? process.env.LAGEBILD_TOKEN ?? undefined;
  const store = await openStoreForCli(values.db ?? DEFAULT_DB);
  let srv: RunningServer;
  try {
    const allowedHosts = (values['allow-host'] as string[] | undefined) ?? process.env.LAGEBILD_ALLOWED_HOSTS?.split(',').filter(Boolean);
    srv = await serveStore(store, { host, port, token, allowedHosts, build: !values['no-build'] });
  } catch (err) {
    await store.close();
    throw err;
  }
  if (!isLoopback(host) && !token) {
    process.stderr.write('lagebild serve: listening beyond loopback without a token: the API answers 401 to every request (give --token or LAGEBILD_TOKEN)\n');
  }
  process.stdout.write(`${srv.url}\n`);
  return untilInterrupted(srv, store);
}

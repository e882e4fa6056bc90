/**
 * Leases of dead local processes. Ingest, workers and the server name their leases
 * `<role>@<host>:<pid>[:<run>]`; a lease whose owner ran on this machine and whose process is
 * gone (killed, or stopped by a full disk) is freed at once instead of after its expiry, so a
 * rerun of `ingest` takes over the articles a crashed run had leased. Owners on other machines
 * are left to expire.
 *
 * @example
 * await releaseDeadLeases(store); // ['ingest@box:4711:1'] freed
 */
import { hostname } from 'node:os';
import type { Store } from '../store/store.js';


/** The pid in an owner `<role>@<host>:<pid>[:...]` when it ran on this machine, else null. */
export function localPid(owner: string, host = hostname()): number | null {
  const m = /^[\w-]+@(.+?):(\d+)(?::[^:]*)?$/.exec(owner);
  if (!m || m[1] !== host) return null;
  return Number(m[2]);
}

/** True when process `pid` exists (signal 0 probes it; EPERM: it exists, owned by another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Frees the leases of owners that ran here and are dead; returns those owners. */
export async function releaseDeadLeases(store: Pick<Store, 'leaseOwners' | 'releaseLeases'>): Promise<string[]> {
  const freed: string[] = [];
  for (const owner of await store.leaseOwners()) {
    const pid = localPid(owner);
    if (pid === null || pid === process.pid || processAlive(pid)) continue;
    await store.releaseLeases(owner);
    freed.push(owner);
  }
  return freed;
}

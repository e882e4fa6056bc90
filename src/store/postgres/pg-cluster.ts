/**
 * A private, throw-away PostgreSQL cluster for fault tests: initdb into a temporary folder, a
 * server on a free port of 127.0.0.1 with its socket in that folder, and stop / start / destroy,
 * so that a test can really restart "the database" without touching the shared server other
 * tests use. As root the server programs run as the `postgres` user (`runuser -u postgres --`);
 * as any other user they run as that user.
 *
 * @example
 * const reason = clusterUnavailable();          // null, or a one-line reason to skip
 * const c = await PgCluster.create();
 * try { await c.stop('fast'); await c.start(); } finally { await c.destroy(); }
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where initdb and pg_ctl live: LAGEBILD_PG_BINDIR, else Debian's PostgreSQL 15 folder. */
export const PG_BINDIR = process.env.LAGEBILD_PG_BINDIR || '/usr/lib/postgresql/15/bin';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The uid/gid of the postgres user (root only), or null. */
function postgresIds(): { uid: number; gid: number } | null {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) return null;
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** null when a private cluster can be made here; else a one-line reason (for a visible skip). */
export function clusterUnavailable(): string | null {
  for (const p of ['initdb', 'pg_ctl']) {
    if (!existsSync(join(PG_BINDIR, p))) return `no ${join(PG_BINDIR, p)} (set LAGEBILD_PG_BINDIR to the PostgreSQL bin folder)`;
  }
  if (isRoot()) {
    if (!which('runuser')) return 'running as root but runuser is missing (initdb refuses root)';
    if (!postgresIds()) return 'running as root but there is no postgres user to run the server as';
  }
  return null;
}

/** A free TCP port on 127.0.0.1 (asked from the kernel, then released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Every live cluster, stopped at process exit even when a test forgot `destroy()`. */
const live = new Set<PgCluster>();
let exitHook = false;

export class PgCluster {
  private constructor(
    /** the temporary folder (data/, sock/, server.log) */
    readonly dir: string,
    readonly port: number,
  ) {}

  get data(): string { return join(this.dir, 'data'); }
  get socketDir(): string { return join(this.dir, 'sock'); }
  get log(): string { return join(this.dir, 'server.log'); }
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication, local only) */
  get url(): string { return `postgres://postgres@127.0.0.1:${this.port}/postgres`; }

  /** initdb into a new temporary folder and start the server (waits until it accepts connections). */
  static async create(): Promise<PgCluster> {
    const reason = clusterUnavailable();
    if (reason) throw new Error(`cannot make a PostgreSQL cluster: ${reason}`);
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-pgc-'));
    const c = new PgCluster(dir, await freePort());
    live.add(c);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => { for (const x of live) x.destroySync(); });
    }
    try {
      mkdirSync(c.socketDir);
      if (isRoot()) {
        const ids = postgresIds()!;
        chownSync(dir, ids.uid, ids.gid);
        chownSync(c.socketDir, ids.uid, ids.gid);
      }
      await c.run('initdb', ['-D', c.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
      await c.start();
      return c;
    } catch (err) {
      await c.destroy();
      throw err;
    }
  }

  /** Starts the server and waits until it accepts connections. */
  async start(): Promise<void> {
    const opts = `-p ${this.port} -k ${this.socketDir} -c listen_addresses=127.0.0.1 -c shared_buffers=16MB -c max_connections=30`;
    // -l: the server writes to its own log file, never to our pipes (execFile would wait for them)
    await this.run('pg_ctl', ['-D', this.data, '-o', opts, '-l', this.log, '-w', '-t', '30', 'start']);
  }

  /** Stops the server: `fast` ends sessions and shuts down cleanly, `immediate` is a crash (recovery on start). */
  async stop(mode: 'smart' | 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.run('pg_ctl', ['-D', this.data, '-m', mode, '-w', '-t', '30', 'stop']);
  }

  /** Stops the server (immediate) if it runs and removes the folder. Never throws. */
  async destroy(): Promise<void> {
    if (existsSync(join(this.data, 'postmaster.pid'))) await this.stop('immediate').catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
    live.delete(this);
  }

  private destroySync(): void {
    if (existsSync(join(this.data, 'postmaster.pid'))) spawnSync(...this.command('pg_ctl', ['-D', this.data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The server log so far (for assertion messages). */
  logTail(chars = 2000): string {
    try { return readFileSync(this.log, 'utf8').slice(-chars); } catch { return ''; }
  }

  private command(prog: string, args: string[]): [string, string[]] {
    const bin = join(PG_BINDIR, prog);
    return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  }

  private run(prog: string, args: string[]): Promise<string> {
    const [cmd, argv] = this.command(prog, args);
    return new Promise((resolve, reject) => {
      execFile(cmd, argv, { cwd: this.dir, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`${prog} ${args.at(-1)} failed: ${(stderr || err.message).trim().split('\n').at(-1)}`));
        else resolve(stdout);
      });
    });
  }
}

/**
 * An analysis pool of child processes started from a V8 startup snapshot whose heap already holds
 * the loaded pipeline (docs/parallel.md, "Start-up from a snapshot"). Extract tasks only: one JSON
 * line per task on the child's stdin, one result line (the compact JSON extract prints) on its
 * stdout, in order. Same contract as AnalysisPool for extract: `run(task)` resolves with the
 * result's JSON; a child that dies costs the article it was analysing (the others it held go back
 * to the queue) and a new child takes its place; two deaths before the first result in a row mark
 * the pool broken (every task then resolves as an error result).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { Task } from './messages.js';
import { failedValue } from './pool.js';
import { V8_FLAGS } from './v8-flags.js';

type ExtractTask = Extract<Task, { kind: 'extract' }>;

interface Job {
  task: ExtractTask;
  resolve: (v: string) => void;
}

interface Child {
  proc: ChildProcessByStdio<Writable, Readable, null>;
  held: Job[];
  /** answered at least once (a death before that blames no article) */
  ready: boolean;
  dead: boolean;
  buf: string;
}

export interface SnapshotPoolOptions {
  size: number;
  /** the snapshot blob */
  blob: string;
  depth?: number;
  /** extra arguments of the child's main function (tests) */
  args?: string[];
}

/** The V8 flags a child applies after deserialisation (flags on node's command line would not match the snapshot's). */
function childFlags(): string[] {
  const own = process.env.LAGEBILD_V8_FLAGS;
  return own === undefined ? [...V8_FLAGS] : own === '0' ? [] : own.split(/\s+/).filter(Boolean);
}

export class SnapshotPool {
  readonly size: number;
  private readonly depth: number;
  private readonly blob: string;
  private readonly args: string[];
  private readonly children: Child[] = [];
  private queue: Job[] = [];
  private startFailures = 0;
  private broken: string | null = null;
  private closing = false;
  private idleWaiters: (() => void)[] = [];
  crashes = 0;

  constructor(opts: SnapshotPoolOptions) {
    this.size = Math.max(1, Math.floor(opts.size));
    this.depth = Math.max(1, opts.depth ?? 2);
    this.blob = opts.blob;
    this.args = opts.args ?? [];
    for (let i = 0; i < this.size; i++) this.children.push(this.spawn());
  }

  run(task: ExtractTask): Promise<string> {
    return new Promise((resolve) => {
      const job: Job = { task, resolve };
      if (this.broken || this.closing) resolve(failedValue(task, this.broken ?? 'the analysis pool is closed') as string);
      else {
        this.queue.push(job);
        this.dispatch();
      }
    });
  }

  get busy(): number {
    return this.queue.length + this.children.reduce((n, c) => n + c.held.length, 0);
  }

  async close(): Promise<void> {
    if (this.busy) await new Promise<void>((r) => this.idleWaiters.push(r));
    this.closing = true;
    await Promise.all(this.children.map((c) => this.end(c)));
  }

  async destroy(): Promise<void> {
    this.closing = true;
    const jobs = [...this.children.flatMap((c) => c.held.splice(0)), ...this.queue.splice(0)];
    for (const j of jobs) j.resolve(failedValue(j.task, 'the analysis pool was stopped') as string);
    await Promise.all(this.children.map((c) => { c.proc.kill(); return this.end(c); }));
  }

  /** Ends a child: closing its stdin ends its main loop; resolves when it has exited. */
  private end(c: Child): Promise<void> {
    if (c.proc.exitCode !== null || c.proc.signalCode !== null) return Promise.resolve();
    return new Promise((r) => {
      c.proc.once('exit', () => r());
      c.proc.stdin.end();
    });
  }

  private spawn(): Child {
    const proc = spawn(process.execPath, [...(process.env.SNAP_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...childFlags(), '--snapshot-blob', this.blob, 'lagebild-analysis', ...this.args], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const c: Child = { proc, held: [], ready: false, dead: false, buf: '' };
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => this.onData(c, chunk));
    // a child that died leaves a broken pipe: its death is handled on 'exit'
    proc.stdin.on('error', () => {});
    proc.on('error', (err) => this.onDeath(c, err.message));
    proc.on('exit', (code, signal) => this.onDeath(c, `analysis process exited (${signal ?? `code ${code}`})`));
    return c;
  }

  private onData(c: Child, chunk: string): void {
    c.buf += chunk;
    let from = 0;
    let nl: number;
    while ((nl = c.buf.indexOf('\n', from)) >= 0) {
      const line = c.buf.slice(from, nl);
      from = nl + 1;
      if (!c.ready) {
        // the child's first line says it has deserialised and listens
        c.ready = true;
        this.startFailures = 0;
        continue;
      }
      c.held.shift()?.resolve(line);
    }
    if (from) c.buf = c.buf.slice(from);
    this.dispatch();
  }

  private onDeath(c: Child, message: string): void {
    if (c.dead) return;
    c.dead = true;
    if (this.closing) return;
    const held = c.held.splice(0);
    if (c.ready) {
      if (held.length) this.crashes++;
      const culprit = held.shift();
      if (culprit) culprit.resolve(failedValue(culprit.task, `the analysis worker died: ${message}`) as string);
    }
    this.queue.unshift(...held);
    if (!c.ready && ++this.startFailures >= 2) {
      this.broken = `analysis processes cannot start: ${message}`;
      for (const j of this.queue.splice(0)) j.resolve(failedValue(j.task, this.broken) as string);
    } else {
      this.children[this.children.indexOf(c)] = this.spawn();
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length) {
      let best: Child | null = null;
      for (const c of this.children) if (!c.dead && c.held.length < this.depth && (!best || c.held.length < best.held.length)) best = c;
      if (!best) break;
      const job = this.queue.shift()!;
      best.held.push(job);
      const { article, origin, notes, opts } = job.task;
      best.proc.stdin.write(`${JSON.stringify({ article, origin, notes, opts })}\n`);
    }
    if (!this.busy) for (const w of this.idleWaiters.splice(0)) w();
  }
}

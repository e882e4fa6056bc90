/**
 * Progress of a long ingest on a terminal: one self-overwriting stderr line (count, rate/s,
 * errors) at most ten times a second; nothing at all when stderr is not a TTY (piped, CI).
 *
 * @example
 * const p = new Progress('ingest');
 * p.update({ done: 10, errors: 0 }); p.stop();
 */

export interface ProgressCounts {
  /** articles handled so far */
  done: number;
  errors: number;
  /** optional extra text, e.g. "12 new, 3 known" */
  detail?: string;
}

/** A throttled one-line progress display. */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
    readonly enabled: boolean = !!out.isTTY,
    /** minimum time between two redraws */
    private readonly intervalMs = 100,
  ) {}

  /** Seconds since start. */
  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  /** Redraws the line (at most once per intervalMs unless forced). */
  update(c: ProgressCounts, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    const rate = c.done / Math.max(this.elapsed(), 0.001);
    const line = `${this.label}: ${c.done.toLocaleString('en')} articles  ${rate.toFixed(1)}/s  ${c.errors} errors${c.detail ? `  (${c.detail})` : ''}`;
    this.out.write(`\r\x1b[K${line}`);
    this.shown = true;
  }

  /** Prints a message on its own line without garbling the progress line. */
  note(message: string): void {
    if (this.shown) this.out.write('\r\x1b[K');
    this.out.write(`${message}\n`);
    this.shown = false;
  }

  /** Clears the line. */
  stop(): void {
    if (this.enabled && this.shown) this.out.write('\r\x1b[K');
    this.shown = false;
  }
}

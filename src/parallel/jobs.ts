/**
 * The `--jobs N` option of extract, ingest and demo: how many worker threads analyse articles.
 * Default: every core (os.availableParallelism()); 1 analyses in the command's own thread, as
 * before the pool existed.
 *
 * @example
 * const jobs = parseJobs(values.jobs); // 2 on a 2-core machine when --jobs is not given
 */
import { availableParallelism } from 'node:os';
import { CliError } from '../cli/errors.js';

/** The default number of jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** `--jobs` checked: a whole number from 1 to 256, else a one-line CliError. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || +value < 1 || +value > 256) throw new CliError(`--jobs must be a whole number from 1 to 256, got "${value}"`);
  return +value;
}

/**
 * `--nice N` of ingest and worker: the scheduling priority of the analysis threads (0–19, default
 * 0). Next to a server on the same cores, `--nice 10` lets the server answer first; on a machine
 * busy with other work a niced analysis gets little CPU (docs/parallel.md, "Priorities").
 */
export function parseNice(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || +value > 19) throw new CliError(`--nice must be a whole number from 0 to 19, got "${value}"`);
  return +value;
}

/**
 * What one ingest or worker process cost: peak resident memory and CPU time, printed in the
 * commands' summary lines (and read by bench/ingest-speed.ts).
 *
 * @example
 * `peak RSS ${peakRssMb()} MB, CPU ${cpuSeconds()} s`
 */

/** Peak resident memory of this process in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** CPU seconds (user + system) this process used so far, one decimal. */
export function cpuSeconds(): string {
  const c = process.cpuUsage();
  return ((c.user + c.system) / 1e6).toFixed(1);
}

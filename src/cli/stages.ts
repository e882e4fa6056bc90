/**
 * `lagebild stages`: the pipeline's stages in order, one line each, with the Doc layers each
 * requires, assigns and amends (src/pipeline/stage.ts).
 *
 * @example
 * lagebild stages
 * // header    photo header line: date, credit and caption of plain-text articles
 * //           requires text · assigns header, headerSpans, bodyStart · amends date
 */
import { STAGES } from '../pipeline/registry.js';
import type { Stage } from '../pipeline/stage.js';

/** The two lines of a stage: name and description, then its layers. */
export function stageLines(s: Stage): string {
  const list = (l: readonly string[]) => (l.length ? l.join(', ') : '-');
  return `${s.name.padEnd(9)} ${s.description}\n${' '.repeat(10)}requires ${list(s.requires)} · assigns ${list(s.assigns)} · amends ${list(s.amends)}\n`;
}

export async function run(_argv: string[]): Promise<number> {
  for (const s of STAGES) process.stdout.write(stageLines(s));
  return 0;
}

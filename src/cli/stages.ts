/** `lagebild stages`: the pipeline's stages in order, one line each. */
import { STAGES } from '../pipeline/registry.js';

export async function run(_argv: string[]): Promise<number> {
  for (const s of STAGES) process.stdout.write(`${s.name.padEnd(9)} ${s.description}\n`);
  return 0;
}

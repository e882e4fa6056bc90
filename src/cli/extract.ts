/** `lagebild extract`: placeholder until its owner fills it in. */
import { CliError } from './errors.js';

export async function run(_argv: string[]): Promise<number> {
  throw new CliError('not implemented yet');
}

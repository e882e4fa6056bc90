/**
 * `lagebild eval ner|quotes|events|levers GOLD [options]`: scores the engine on a gold file by the
 * rules of CONTRACT.md and prints the figures. One module per kind under src/eval/.
 */
import { existsSync } from 'node:fs';
import { CliError } from './errors.js';

const KINDS: Record<string, () => Promise<{ evaluate(gold: string, argv: string[]): Promise<number> }>> = {
  ner: () => import('../eval/ner.js'),
  quotes: () => import('../eval/quotes.js'),
  events: () => import('../eval/events.js'),
  levers: () => import('../eval/levers.js'),
};

export async function run(argv: string[]): Promise<number> {
  const [kind, gold, ...rest] = argv;
  if (!kind || !KINDS[kind]) throw new CliError(`usage: lagebild eval ${Object.keys(KINDS).join('|')} GOLD`);
  if (!gold) throw new CliError(`usage: lagebild eval ${kind} GOLD`);
  if (!existsSync(gold)) throw new CliError(`${gold}: no such file`);
  return (await KINDS[kind]()).evaluate(gold, rest);
}

/**
 * The PLOVER 2.0 vocabulary for Node (pipeline, stores, server, exports): lexicons/plover/*.tsv read
 * once per process, parsed by ./vocabulary.ts. No other dependency, so every layer may import it.
 *
 * @example
 * import { plover } from '../plover/index.js';
 * plover().eventScale('CONSULT', 'visit'); // 4
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVocabulary, PLOVER_TABLES, type PloverTables, type PloverVocabulary } from './vocabulary.js';

export type { PloverVocabulary, QuadClass } from './vocabulary.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons', 'plover');

let vocab: PloverVocabulary | undefined;

/** The vocabulary, read on first use. */
export function plover(): PloverVocabulary {
  if (!vocab) {
    const tables = {} as PloverTables;
    for (const name of PLOVER_TABLES) tables[name] = readFileSync(join(DIR, `${name}.tsv`), 'utf8');
    vocab = parseVocabulary(tables);
  }
  return vocab;
}

/** Quad class key ("verbal-coop" ...) of a type, null for an unknown type. */
export const quadClass = (type: string): string | null => plover().quadClass(type);

/** The manual's event scale of a type and mode. */
export const eventScale = (type: string, mode: string | null): number => plover().eventScale(type, mode);

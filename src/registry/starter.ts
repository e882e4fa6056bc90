/**
 * The starter registry (lexicons/registry/actors.tsv) and a process-wide default registry seeded
 * from it, plus analysts' correction files in the same column format: lexicons/registry/corrections.tsv
 * (the team's, if present) and the file named by the environment variable LAGEBILD_ACTORS.
 *
 * @example
 * defaultRegistry().lookup('Hegseth')?.role; // 'defence minister'
 * loadCorrections(defaultRegistry(), '/home/me/lagebild-actors.tsv');
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EntityType } from '../contract/schema.js';
import { lexicon, lexiconPath, parseLexicon } from '../lang/lexicon.js';
import { MemoryRegistry } from './memory.js';
import type { ActorFact } from './types.js';

const TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'MISC']);

/** Turns one row (name, aliases, type, country, sector, role, from, to) into a fact, or null if malformed. */
export function rowToFact(row: string[]): ActorFact | null {
  const [name, aliases = '', type = '', country = '', sector = '', role = '', from = '', to = ''] = row;
  if (!name || !TYPES.has(type)) return null;
  return {
    name,
    aliases: aliases ? aliases.split('|').map((a) => a.trim()).filter(Boolean) : [],
    type: type as EntityType,
    country: country || null,
    sector: sector || null,
    role: role || null,
    from: from || null,
    to: to || null,
  };
}

let registry: MemoryRegistry | undefined;

/** The process-wide registry, seeded once from lexicons/registry/actors.tsv. */
export function defaultRegistry(): MemoryRegistry {
  registry ??= seededRegistry();
  return registry;
}

/**
 * A new registry with the starter facts and the correction files (team file, LAGEBILD_ACTORS):
 * what a store-backed session starts from before adding the store's facts.
 */
export function seededRegistry(): MemoryRegistry {
  const reg = new MemoryRegistry();
  const file = lexiconPath('registry', 'actors');
  for (const row of lexicon('registry', 'actors')) {
    const f = rowToFact(row);
    if (f) reg.seed(f, file);
  }
  // analysts' corrections: the team's file in lexicons/ and a user file named by LAGEBILD_ACTORS
  const team = lexiconPath('registry', 'corrections');
  if (existsSync(team)) loadCorrections(reg, team);
  const user = process.env.LAGEBILD_ACTORS;
  if (user) {
    if (existsSync(user)) loadCorrections(reg, user);
    else if (!warnedUser) {
      warnedUser = true;
      process.stderr.write(`lagebild: LAGEBILD_ACTORS=${user}: no such file (actor corrections not loaded)\n`);
    }
  }
  return reg;
}

let warnedUser = false;

/**
 * Applies a correction file (same columns as actors.tsv) to a registry: fields given there
 * overwrite what the registry holds. Returns the number of rows applied and the malformed line count.
 */
export function loadCorrections(reg: MemoryRegistry, path: string): { applied: number; skipped: number } {
  let applied = 0;
  let skipped = 0;
  for (const row of parseLexicon(readFileSync(path, 'utf8'))) {
    const f = rowToFact(row);
    if (!f) { skipped++; continue; }
    // empty cells in a correction mean "leave as is", not "erase"
    const clean: ActorFact = { name: f.name, type: f.type, aliases: f.aliases };
    for (const k of ['country', 'sector', 'role', 'from', 'to'] as const) if (f[k]) clean[k] = f[k];
    reg.correct(clean, path);
    applied++;
  }
  return { applied, skipped };
}

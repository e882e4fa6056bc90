/**
 * Applies stored registry facts (table `registry_facts`) to an in-memory registry with the
 * precedence rules of docs/events.md: analyst facts overwrite (a correction), learned facts only
 * fill fields still empty (never overwrite starter or analyst facts), starter facts seed.
 *
 * @example
 * for (const row of await store.registryFacts()) applyStoredFact(reg, row);
 */
import type { RegistryFactRow } from '../store/registry-facts.js';
import type { MemoryRegistry } from './memory.js';
import type { ActorFact, RegistryEntry } from './types.js';

/** Merges one stored fact into `reg`; returns the entry it landed in. */
export function applyStoredFact(reg: MemoryRegistry, row: RegistryFactRow): RegistryEntry {
  const fact: ActorFact = { name: row.name, type: row.type, aliases: row.aliases };
  // null in a stored fact means "not said", never "erase"
  if (row.country) fact.country = row.country;
  if (row.sector) fact.sector = row.sector;
  if (row.role) fact.role = row.role;
  if (row.source === 'analyst') return reg.correct(fact, `registry_facts#${row.id}`);
  if (row.source === 'starter') return reg.seed(fact, `registry_facts#${row.id}`);
  return reg.learn(fact, { articleId: row.articleId, span: row.span, articleDate: row.articleDate });
}

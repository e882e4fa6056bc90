/**
 * Types of the actor registry: who someone or something is (type, country, sector, role, dates of
 * office), with the provenance of every fact so an analyst can audit where it came from.
 *
 * @example
 * const fact: ActorFact = { name: 'Pete Hegseth', type: 'PER', country: 'USA', sector: 'MIL', role: 'defence minister' };
 */
import type { EntityType, Span } from '../contract/schema.js';

/** What is known about one actor. Only `name` and `type` are required. */
export interface ActorFact {
  name: string;
  aliases?: string[];
  type: EntityType;
  /** ISO 3166-1 alpha-3, null for international organisations */
  country?: string | null;
  /** PLOVER/CAMEO agent code (GOV, MIL, LEG, JUD, BUS, JRN, IGO, ...) */
  sector?: string | null;
  /** normalised English role ("defence minister") */
  role?: string | null;
  /** first day in that role / of existence (YYYY[-MM[-DD]]) */
  from?: string | null;
  /** last day in that role, null while current */
  to?: string | null;
}

/** Where a fact came from: an article and the span in it, the starter registry or a correction file. */
export interface Provenance {
  kind: 'starter' | 'learned' | 'correction';
  /** article id for learned facts; the file path for starter and correction facts */
  articleId: string | null;
  span: Span | null;
  /** learned facts: the date of the article they were seen in (when the fact was true), if known */
  articleDate?: string | null;
  file?: string;
}

/** A registry entry: the merged facts plus every provenance record that contributed. */
export interface RegistryEntry {
  id: string;
  name: string;
  aliases: string[];
  type: EntityType;
  country: string | null;
  sector: string | null;
  role: string | null;
  from: string | null;
  to: string | null;
  provenance: Provenance[];
}

/**
 * The registry interface every implementation offers (in memory now; the store may persist it).
 * Lookups are case-insensitive and ignore German genitive endings ("Hegseths" finds "Hegseth").
 */
export interface ActorRegistry {
  /** entry whose name or alias equals `name`; with `date`, entries in office on that day win */
  lookup(name: string, opts?: { date?: string | null }): RegistryEntry | null;
  /** PER entries whose surname (last word of name or alias) equals `surname` */
  lookupSurname(surname: string, opts?: { date?: string | null }): RegistryEntry[];
  /** adds or merges a fact; existing non-null fields are only overwritten by corrections */
  learn(fact: ActorFact, from: { articleId: string | null; span: Span | null; articleDate?: string | null }): RegistryEntry;
  /** applies an analyst's correction: overwrites fields of the entry named `fact.name` (or adds it) */
  correct(fact: ActorFact, file: string): RegistryEntry;
  /** all entries, in insertion order */
  entries(): RegistryEntry[];
}

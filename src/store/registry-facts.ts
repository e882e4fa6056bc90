/**
 * Actor-registry facts kept in the store (table `registry_facts`): what ingest learned from
 * appositions (with article id, span and evidence text) and what analysts added.
 * `RegistryFactStore` is a capability group of the one Store interface (store.ts).
 *
 * @example
 * await store.addRegistryFacts([{ name: 'Jane Example', type: 'PER', country: 'USA', source: 'analyst' }]);
 */
import type { ActorFact } from '../registry/types.js';
import { cleanDeep } from '../read/clean-text.js';

/** Where a stored fact came from. */
export type RegistryFactSource = 'starter' | 'learned' | 'analyst';

/** The actor fields a stored fact carries (the registry's own ActorFact, without dates of office). */
type FactFields = Pick<ActorFact, 'name' | 'aliases' | 'type' | 'country' | 'sector' | 'role'>;

/** A fact to store. Learned facts carry articleId, articleDate, span and evidence. */
export interface RegistryFactIn extends FactFields {
  source: RegistryFactSource;
  articleId?: string | null;
  /** the date of the article the fact was seen in (YYYY[-MM[-DD]]), i.e. when it was true; column article_date (migration 005) */
  articleDate?: string | null;
  span?: { start: number; end: number } | null;
  /** the text of `span` in the article */
  evidence?: string | null;
}

/** A stored fact: the input plus id (insertion order) and creation time (ISO 8601). */
export interface RegistryFactRow extends Required<FactFields> {
  id: number;
  source: RegistryFactSource;
  articleId: string | null;
  /** date of the article the fact was seen in; null for analyst and starter facts and for facts stored before migration 005 */
  articleDate: string | null;
  span: { start: number; end: number } | null;
  evidence: string | null;
  createdAt: string;
}

/** The store methods for registry facts (a group of the Store interface). */
export interface RegistryFactStore {
  /** appends facts in one transaction; returns the stored rows in input order */
  addRegistryFacts(facts: RegistryFactIn[]): Promise<RegistryFactRow[]>;
  /** stored facts in id order; `afterId` returns only newer ones (workers catching up) */
  registryFacts(q?: { afterId?: number }): Promise<RegistryFactRow[]>;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- database rows are untyped */
/** Maps a database row (either store) to a RegistryFactRow. */
export function toRegistryFactRow(r: any): RegistryFactRow {
  return {
    id: Number(r.id),
    name: r.name,
    aliases: r.aliases ? String(r.aliases).split('|').filter(Boolean) : [],
    type: r.type,
    country: r.country ?? null,
    sector: r.sector ?? null,
    role: r.role ?? null,
    source: r.source,
    articleId: r.article_id ?? null,
    articleDate: r.article_date ?? null,
    span: r.span_start === null || r.span_start === undefined ? null : { start: Number(r.span_start), end: Number(r.span_end) },
    evidence: r.evidence ?? null,
    createdAt: r.created_at instanceof Date ? r.created_at.toISOString() : String(r.created_at),
  };
}

/** The column values of a fact, in the order of REGISTRY_FACT_COLUMNS (created_at excluded). */
export function registryFactValues(fact: RegistryFactIn): unknown[] {
  const f = cleanDeep(fact); // no NUL / lone surrogate reaches a store (src/read/clean-text.ts)
  return [
    f.name, (f.aliases ?? []).join('|'), f.type, f.country ?? null, f.sector ?? null, f.role ?? null, f.source,
    f.articleId ?? null, f.span?.start ?? null, f.span?.end ?? null, f.evidence ?? null, f.articleDate ?? null,
  ];
}

/** Insert columns shared by both stores (created_at is set by the store). */
export const REGISTRY_FACT_COLUMNS = 'name, aliases, type, country, sector, role, source, article_id, span_start, span_end, evidence, article_date';

const TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'MISC']);
const SOURCES = new Set(['starter', 'learned', 'analyst']);

/**
 * Why a fact cannot be stored (one line for the CLI and the API), or null when it is fine.
 *
 * @example
 * validateRegistryFact({ name: '', type: 'PER', source: 'analyst' }); // 'name must not be empty'
 */
export function validateRegistryFact(f: RegistryFactIn): string | null {
  if (typeof f.name !== 'string' || !f.name.trim()) return 'name must not be empty';
  if (f.name.length > 200) return 'name is longer than 200 characters';
  if (!TYPES.has(f.type)) return `type must be one of ${[...TYPES].join(', ')}`;
  if (!SOURCES.has(f.source)) return `source must be one of ${[...SOURCES].join(', ')}`;
  if (f.country != null && !/^[A-Z]{3}$/.test(f.country)) return 'country must be an ISO 3166-1 alpha-3 code such as USA';
  if (f.sector != null && !/^[A-Z]{2,5}$/.test(f.sector)) return 'sector must be a code such as GOV, MIL, BUS';
  if (f.articleDate != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(String(f.articleDate))) return 'articleDate must be a date YYYY[-MM[-DD]]';
  for (const k of ['role', 'evidence', 'articleId'] as const) {
    const v = f[k];
    if (v != null && typeof v !== 'string') return `${k} must be a string`;
  }
  if (f.aliases && (!Array.isArray(f.aliases) || f.aliases.some((a) => typeof a !== 'string' || a.includes('|')))) {
    return 'aliases must be names without "|"';
  }
  if (f.span != null && !(Number.isInteger(f.span.start) && Number.isInteger(f.span.end) && f.span.start <= f.span.end)) {
    return 'span must be {start, end} with integer start <= end';
  }
  return null;
}

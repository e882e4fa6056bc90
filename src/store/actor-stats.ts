/**
 * The actor summary (SQLite tables actor_stats and actor_facets, migration 002): what one
 * article's actor rows add to (or, when its result is replaced, take from) the per-name counts,
 * so that the actors list reads a small table instead of grouping every actor row.
 *
 * @example
 * const d = actorDeltas([{ name: 'USA', type: 'STATE', country: 'USA', sector: null, role: null, mentions: 3 }]);
 * // d.stats = [{ name: 'USA', type: 'STATE', mentions: 3 }], d.facets = [{ ..., kind: 'country', value: 'USA', n: 1 }]
 */

/** The columns of an actor row the summary needs. */
export interface ActorStatInput {
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  role: string | null;
  mentions: number;
}

/** One article's contribution: each (name, type) once with its mentions, and facet value counts. */
export interface ActorDeltas {
  stats: { name: string; type: string; mentions: number }[];
  facets: { name: string; type: string; kind: 'role' | 'country' | 'sector'; value: string; n: number }[];
}

/**
 * Groups one article's actor rows: an actor name counts once per article (articles + 1) with the
 * sum of its mentions; every non-null role/country/sector value counts once per row.
 *
 * @example
 * actorDeltas(rows).stats.length; // number of distinct (name, type) pairs in the article
 */
export function actorDeltas(rows: readonly ActorStatInput[]): ActorDeltas {
  const stats = new Map<string, ActorDeltas['stats'][number]>();
  const facets = new Map<string, ActorDeltas['facets'][number]>();
  for (const r of rows) {
    const k = JSON.stringify([r.name, r.type]);
    const s = stats.get(k);
    if (s) s.mentions += r.mentions;
    else stats.set(k, { name: r.name, type: r.type, mentions: r.mentions });
    for (const kind of ['role', 'country', 'sector'] as const) {
      const value = r[kind];
      if (value === null || value === undefined) continue;
      const fk = JSON.stringify([r.name, r.type, kind, value]);
      const f = facets.get(fk);
      if (f) f.n++;
      else facets.set(fk, { name: r.name, type: r.type, kind, value, n: 1 });
    }
  }
  return { stats: [...stats.values()], facets: [...facets.values()] };
}

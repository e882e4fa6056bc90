/**
 * In-memory actor registry: lookups by name, alias and surname in O(1); `learn` merges facts and
 * keeps their provenance; `correct` lets an analyst override fields. The store may later persist
 * the same entries (see docs/events.md, "Registry interface").
 *
 * @example
 * const reg = new MemoryRegistry();
 * reg.learn({ name: 'Pete Hegseth', type: 'PER', country: 'USA' }, { articleId: 'a1', span: { start: 0, end: 12 } });
 * reg.lookup('Hegseths')?.country; // 'USA' (surname alias, genitive stripped)
 */
import type { Span } from '../contract/schema.js';
import type { ActorFact, ActorRegistry, Provenance, RegistryEntry } from './types.js';
import { nameKey, nameVariants, surnameKey } from './normalise.js';

type FactFields = 'country' | 'sector' | 'role' | 'from' | 'to';
const FIELDS: FactFields[] = ['country', 'sector', 'role', 'from', 'to'];

/** True when `date` (YYYY-MM-DD) lies within [from, to] (open ends allowed). */
export function inOffice(e: RegistryEntry, date: string | null | undefined): boolean {
  if (!date) return true;
  if (e.from && date < e.from) return false;
  if (e.to && date > e.to) return false;
  return true;
}

/** The in-memory ActorRegistry (see the module comment). */
export class MemoryRegistry implements ActorRegistry {
  private readonly list: RegistryEntry[] = [];
  private readonly byName = new Map<string, RegistryEntry[]>();
  private readonly bySurname = new Map<string, RegistryEntry[]>();

  lookup(name: string, opts: { date?: string | null } = {}): RegistryEntry | null {
    for (const v of nameVariants(name)) {
      const hits = this.byName.get(v);
      if (hits?.length) return pick(hits, opts.date);
    }
    return null;
  }

  lookupSurname(surname: string, opts: { date?: string | null } = {}): RegistryEntry[] {
    for (const v of nameVariants(surname)) {
      const hits = this.bySurname.get(v);
      if (hits?.length) {
        const current = hits.filter((e) => inOffice(e, opts.date));
        const found = current.length ? current : hits;
        // a namesake learned from some article does not make a curated surname ambiguous
        const curated = found.length > 1 ? found.filter((e) => e.provenance.some((p) => p.kind !== 'learned')) : found;
        return curated.length ? curated : found;
      }
    }
    return [];
  }

  learn(fact: ActorFact, from: { articleId: string | null; span: Span | null; articleDate?: string | null }): RegistryEntry {
    const prov: Provenance = { kind: 'learned', articleId: from.articleId, span: from.span };
    if (from.articleDate) prov.articleDate = from.articleDate;
    return this.add(fact, prov, false);
  }

  /** Loads a starter fact (provenance kind "starter"). */
  seed(fact: ActorFact, file: string): RegistryEntry {
    return this.add(fact, { kind: 'starter', articleId: null, span: null, file }, false);
  }

  correct(fact: ActorFact, file: string): RegistryEntry {
    return this.add(fact, { kind: 'correction', articleId: null, span: null, file }, true);
  }

  entries(): RegistryEntry[] {
    return [...this.list];
  }

  private add(fact: ActorFact, prov: Provenance, overwrite: boolean): RegistryEntry {
    const key = nameKey(fact.name);
    let e = (this.byName.get(key) ?? []).find((x) => x.type === fact.type && nameKey(x.name) === key);
    if (!e) {
      e = {
        id: `r${this.list.length + 1}`, name: fact.name, aliases: [], type: fact.type,
        country: null, sector: null, role: null, from: null, to: null, provenance: [],
      };
      this.list.push(e);
      this.index(e, fact.name);
    }
    for (const f of FIELDS) {
      const v = fact[f];
      if (v === undefined) continue;
      if (overwrite || e[f] === null) e[f] = v;
    }
    for (const a of fact.aliases ?? []) {
      if (!a || e.aliases.includes(a)) continue;
      e.aliases.push(a);
      this.index(e, a);
    }
    e.provenance.push(prov);
    return e;
  }

  private index(e: RegistryEntry, name: string): void {
    push(this.byName, nameKey(name), e);
    if (e.type === 'PER' && name.includes(' ')) push(this.bySurname, surnameKey(name), e);
  }
}


function push(m: Map<string, RegistryEntry[]>, k: string, e: RegistryEntry): void {
  const l = m.get(k);
  if (!l) m.set(k, [e]);
  else if (!l.includes(e)) l.push(e);
}

function pick(hits: RegistryEntry[], date: string | null | undefined): RegistryEntry {
  return hits.find((e) => inOffice(e, date)) ?? hits[0];
}

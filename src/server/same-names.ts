/**
 * Other names of the same actor or place, for the search (Peking = Beijing = Pékin): the actor
 * registry (starter facts, the team's corrections file, analysts' facts in the store with their
 * aliases), the place lexicons (lexicons/<lang>/ner-places.tsv: surface form → canonical name;
 * lexicons/registry/capitals.tsv: other spellings) and analysts' actor merges.
 *
 * @example
 * const sameAs = await sameNames(store);
 * sameAs('Peking'); // ['Beijing', 'Pekings', 'Beijings', ...]
 */
import { lexicon } from '../lang/lexicon.js';
import { defaultRegistry } from '../registry/starter.js';
import { fold } from '../store/search-terms.js';
import { namesMergedInto, canonicalName, type CorrectionState } from '../store/corrections.js';
import type { RegistryFactStore } from '../store/registry-facts.js';

let places: Map<string, Set<string>> | undefined;

/** Folded name → every name of the same place (the lexicons, read once). */
function placeNames(): Map<string, Set<string>> {
  if (places) return places;
  const groups = new Map<string, Set<string>>();
  const join = (names: string[]) => {
    const all = new Set(names.filter(Boolean));
    for (const n of [...all]) for (const x of groups.get(fold(n)) ?? []) all.add(x);
    for (const n of all) groups.set(fold(n), all);
  };
  for (const lang of ['de', 'en']) {
    for (const [surface, , canonical] of lexicon(lang, 'ner-places')) if (surface && canonical) join([surface, canonical]);
  }
  for (const [name, others] of lexicon('registry', 'capitals')) join([name, ...(others ?? '').split('|')]);
  places = groups;
  return groups;
}

/** A sameAs function for parseQuery over this store's analysts' facts and merges. */
export async function sameNames(store: RegistryFactStore, state?: CorrectionState): Promise<(name: string) => string[]> {
  const stored = new Map<string, Set<string>>();
  for (const f of await store.registryFacts()) {
    if (!f.aliases.length) continue;
    const all = new Set([f.name, ...f.aliases, ...(stored.get(fold(f.name)) ?? [])]);
    for (const n of all) stored.set(fold(n), all);
  }
  const reg = defaultRegistry();
  return (name: string) => {
    const out = new Set<string>();
    for (const n of placeNames().get(fold(name)) ?? []) out.add(n);
    for (const n of stored.get(fold(name)) ?? []) out.add(n);
    const e = reg.lookup(name);
    if (e && fold(e.name) !== fold(name) || e?.aliases.some((a) => fold(a) === fold(name))) {
      out.add(e!.name);
      for (const a of e!.aliases) out.add(a);
    }
    if (state?.merges.size) {
      const c = canonicalName(state, name);
      for (const n of namesMergedInto(state, c)) out.add(n);
    }
    out.delete(name);
    return [...out].filter((n) => fold(n) !== fold(name)).slice(0, 12);
  };
}

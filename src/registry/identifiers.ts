/**
 * Wikidata ids of actors (issue 13: the PLOVER entity's `identifier_id`, POLECAT's "Wikipedia Actor
 * ID"), from lexicons/registry/wikidata-ids.tsv (taken from an openly licensed package; its header
 * says which): a state by its ISO 3166-1 alpha-3 code, an international organisation by its
 * registry name or one of its aliases. A city, a person or an organisation without a listed id has
 * none: no id is guessed.
 *
 * @example
 * wikidataOf({ type: 'GPE', name: 'USA', country: 'USA', ... }); // { id: 'Q30', text: 'United States of America' }
 * countryWikidata('DEU'); // { id: 'Q183', text: 'Germany' }
 */
import type { Actor } from '../contract/schema.js';
import { lexicon } from '../lang/lexicon.js';
import { countryOfName } from '../actors/countries.js';
import { languageCodes } from '../lang/packs.js';
import { defaultRegistry } from './starter.js';

export interface Identifier { id: string; text: string }

let countries: Map<string, Identifier> | undefined;
let orgs: Map<string, Identifier> | undefined;

function load(): void {
  if (countries && orgs) return;
  countries = new Map();
  orgs = new Map();
  for (const [kind, key, id, text] of lexicon('registry', 'wikidata-ids')) {
    if (!key || !/^Q\d+$/.test(id ?? '')) continue;
    if (kind === 'country') countries.set(key, { id, text: text || key });
    else if (kind === 'organisation') orgs.set(key.toLowerCase(), { id, text: text || key });
  }
}

/** The Wikidata id of a state by its ISO 3166-1 alpha-3 code, or null. */
export function countryWikidata(iso3: string | null | undefined): Identifier | null {
  load();
  return (iso3 && countries!.get(iso3)) || null;
}

/** True when a GPE/LOC actor is the state itself ("USA", "China"), not a city or region of it. */
function isStateActor(a: Actor): boolean {
  if (!a.country) return false;
  return languageCodes().some((l) => countryOfName(a.name, l) === a.country);
}

/** The Wikidata id of an actor, or null when none is known. */
export function wikidataOf(a: Actor): Identifier | null {
  load();
  if (a.type === 'GPE' || a.type === 'LOC') return isStateActor(a) ? countryWikidata(a.country) : null;
  if (a.type !== 'ORG') return null;
  const e = defaultRegistry().lookup(a.name);
  for (const n of e ? [e.name, ...e.aliases] : [a.name]) {
    const hit = orgs!.get(n.toLowerCase());
    if (hit) return hit;
  }
  return null;
}

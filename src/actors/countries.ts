/**
 * Country knowledge for actor and event resolution: names and short forms, demonym stems, compound
 * prefixes ("US-Zölle") and capitals (lexicons/registry/countries.tsv, capitals.tsv; official names
 * from i18n-iso-countries). Compiled once per process.
 *
 * @example
 * countryOfName('Vereinigten Staaten', 'de'); // 'USA'
 * countryOfDemonym('chinesischen');            // 'CHN'
 * countryOfPrefix('US-Zölle');                 // 'USA'
 * capitalOf('Peking')?.country;                // 'CHN'
 */
import { createRequire } from 'node:module';
import { isoCountries } from '../lang/iso-countries.js';
import { lexicon } from '../lang/lexicon.js';
import { packOf } from '../lang/packs.js';

const require = createRequire(import.meta.url);
/** A capital or seat of government. */
export interface Capital {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

interface Tables {
  names: Map<string, string>;
  namesLower: Map<string, string>;
  demonyms: { stem: string; country: string }[];
  /** first four letters → demonym stems (longest first) */
  demonymIndex: Map<string, { stem: string; country: string }[]>;
  prefixes: Map<string, string>;
  display: Map<string, string>;
  capitals: Map<string, Capital>;
}
let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const t: Tables = {
    names: new Map(), namesLower: new Map(), demonyms: [], demonymIndex: new Map(), prefixes: new Map(), display: new Map(), capitals: new Map(),
  };
  for (const [form, code, kind] of lexicon('registry', 'countries')) {
    if (kind === 'name') { t.names.set(form, code); t.namesLower.set(form.toLowerCase(), code); }
    else if (kind === 'demonym') t.demonyms.push({ stem: form.toLowerCase(), country: code });
    else if (kind === 'prefix') t.prefixes.set(form, code);
    else if (kind === 'display') t.display.set(code, form);
  }
  for (const d of nationalityStems(new Set(t.demonyms.map((x) => x.stem)))) t.demonyms.push(d);
  // longest stems first so "südkoreanisch" wins over "koreanisch"-like shorter stems
  t.demonyms.sort((a, b) => b.stem.length - a.stem.length);
  for (const d of t.demonyms) {
    const k = d.stem.slice(0, 4);
    const l = t.demonymIndex.get(k) ?? [];
    l.push(d);
    t.demonymIndex.set(k, l);
  }
  for (const [name, alts, code, lat, lon] of lexicon('registry', 'capitals')) {
    const cap: Capital = { name, country: code, lat: Number(lat), lon: Number(lon) };
    t.capitals.set(name.toLowerCase(), cap);
    for (const a of (alts ?? '').split('|')) if (a) t.capitals.set(a.toLowerCase(), cap);
  }
  tables = t;
  return t;
}

/**
 * German nationality adjectives of every state from the npm package i18n-nationality (locale de,
 * "Jemenitisch", "Sudanesisch", "Georgisch"), as demonym stems beside the ones of countries.tsv
 * (which win): single words ending in "-isch", and only stems that name one state ("Kongolesisch"
 * names two and is left out).
 */
function nationalityStems(known: Set<string>): { stem: string; country: string }[] {
  const adj = (require('i18n-nationality/langs/de.json') as { nationalities: Record<string, string> }).nationalities;
  const by = new Map<string, string[]>();
  for (const [a2, word] of Object.entries(adj)) {
    const stem = word.toLowerCase();
    const a3 = isoCountries.alpha2ToAlpha3(a2);
    if (!a3 || !/^\p{Ll}+isch$/u.test(stem) || stem.length < 6 || known.has(stem)) continue;
    by.set(stem, [...(by.get(stem) ?? []), a3]);
  }
  return [...by].filter(([, cs]) => cs.length === 1).map(([stem, cs]) => ({ stem, country: cs[0] }));
}

/** Memo of country-name lookups (form → ISO3 or null). */
const nameMemo = new Map<string, string | null>();
/** Bounded memo: the i18n lookup scans every country name, so each form is looked up once. */
function memo(m: Map<string, string | null>, key: string, f: () => string | null): string | null {
  const hit = m.get(key);
  if (hit !== undefined) return hit;
  const v = f();
  if (m.size > 50000) m.clear();
  m.set(key, v);
  return v;
}

/** ISO3 of a state named by `text` ("USA", "Vereinigten Staaten", "Frankreich"), else null. */
export function countryOfName(text: string, lang: string): string | null {
  return memo(nameMemo, `${lang}\t${text}`, () => lookupName(text, lang));
}

function lookupName(text: string, lang: string): string | null {
  const t = load();
  const hit = t.names.get(text) ?? (text.length > 3 ? t.namesLower.get(text.toLowerCase()) : undefined);
  if (hit) return hit;
  const k = text.toLowerCase();
  // official names in the languages the pack names (a German text also names states in English)
  for (const l of packOf(lang).grammar.countryNameLangs) {
    const iso3 = officialNames(l).get(k);
    if (iso3 !== undefined) return iso3;
  }
  return null;
}

const official = new Map<string, Map<string, string>>();
/** Lower-cased official names (all variants) of every state in `lang` → ISO3, built once. */
function officialNames(lang: string): Map<string, string> {
  let m = official.get(lang);
  if (!m) {
    m = new Map();
    for (const [a2, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' }))) {
      const a3 = isoCountries.alpha2ToAlpha3(a2);
      if (a3) for (const n of names) m.set(n.toLowerCase(), a3);
    }
    official.set(lang, m);
  }
  return m;
}

/** ISO3 of a demonym or nationality adjective in any inflection ("chinesischen", "Americans"). */
export function countryOfDemonym(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 4) return null;
  const cands = load().demonymIndex.get(w.slice(0, 4));
  if (cands) for (const d of cands) if (w.startsWith(d.stem) && w.length - d.stem.length <= 3) return d.country;
  return null;
}

/**
 * Country of a compound's prefix: "US-Zölle" → USA, "China-Politik" → CHN, "EU-Kommission" →
 * 'IGO' (an international organisation). Null when the word has no known prefix.
 */
export function countryOfPrefix(word: string): string | null {
  const i = word.indexOf('-');
  if (i <= 0 || i === word.length - 1) return null;
  const p = word.slice(0, i);
  const t = load();
  return t.prefixes.get(p) ?? t.names.get(p) ?? countryOfDemonym(p) ?? null;
}

/** The capital or seat of government named `name` (any listed spelling), else null. */
export function capitalOf(name: string): Capital | null {
  return load().capitals.get(name.toLowerCase()) ?? null;
}

/** The name an actor for state `code` gets ("USA", "China"; else the official short name in `lang`). */
export function countryDisplayName(code: string, lang: string): string {
  const key = `${lang}\t${code}`;
  let name = displayMemo.get(key);
  if (name === undefined) {
    name = load().display.get(code) ?? isoCountries.getName(code, lang) ?? code;
    displayMemo.set(key, name);
  }
  return name;
}

const displayMemo = new Map<string, string>();

/** True when lexicons/registry/countries.tsv fixes the actor name of state `code`. */
export function hasDisplayName(code: string): boolean {
  return load().display.has(code);
}

/**
 * Compiles the NER lexicons of one language into lookup structures, once per process: the
 * gazetteer (organisations, persons, places, cities, countries, demonyms) as a first-token
 * index, first names, role nouns, organisation suffixes, context words and stop lists.
 *
 * @example
 * const d = nerData('de');
 * d.gazetteer.longest(['Vereinigten', 'Staaten'], 0); // { length: 2, value: { type: 'GPE', ... } }
 */
import { createRequire } from 'node:module';
import type { Lang } from '../contract/schema.js';
import { startsUpper } from '../doc/letter-case.js';
import { isoCountries as countries } from '../lang/iso-countries.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { nameGrammarOf, type NameGrammar, type NameMorphology } from '../lang/name-grammar.js';
import { hasPack, packOf } from '../lang/packs.js';
import { derivedText } from '../parallel/derived-cache.js';
import { loadCities } from './cities.js';
import { cityFilterSpec, keptCities } from './city-filter.js';
import { NameIndex, nameTokens } from './trie.js';

/** Mention types of the contract. */
export type NerType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC';

/** What the gazetteer knows about a name. */
export interface GazEntry {
  type: NerType;
  canonical: string;
  country?: string;
  sector?: string;
  /** where it came from: decides priority and whether it may stand for a person alias */
  source: 'org' | 'person' | 'place' | 'country' | 'city' | 'demonym';
}

/** A role noun or title. */
export interface RoleEntry {
  role: string;
  sector?: string;
}

/** Everything the recogniser needs for one language. */
export interface NerData {
  lang: Lang;
  /** the language writes common nouns capitalised (grammar.capitalisedNouns): a capitalised word may be a noun */
  nouns: boolean;
  /** names take a genitive "-s" without apostrophe (grammar.nameGenitiveS) */
  genitiveS: boolean;
  /** the word linking a head noun to a following name ("Bank of England"; grammar.postnominalOf) */
  postnominalOf: string | null;
  /** the pack's name traits (src/lang/name-grammar.ts) */
  names: NameGrammar;
  /** the pack's morphology, or null */
  morph: NameMorphology | null;
  /** case-sensitive gazetteer */
  gazetteer: NameIndex<GazEntry>;
  /** lower-case gazetteer, used for words in capitals ("LONDON", "CHINA") */
  gazetteerLower: NameIndex<GazEntry>;
  firstNames: Set<string>;
  /** surname (or Chinese-style family name) of a well-known person → its entry */
  knownSurnames: Map<string, GazEntry>;
  /** roles, lower-case tokens */
  roles: NameIndex<RoleEntry>;
  /** single-word roles by lower-case form (German compounds are matched on their endings) */
  roleWords: Map<string, RoleEntry>;
  orgSuffixWords: Map<string, string>;
  orgSuffixEndings: [string, string][];
  /** the endings of orgSuffixEndings of 8 letters or more, longest first (a one-word run ending in one is an organisation) */
  longOrgSuffixEndings: string[];
  context: Map<string, Set<string>>;
  /** common nouns (lower case, ner-noun-stoplist) and capitalised non-names (as written, ner-non-names) */
  stopWords: Set<string>;
  /** stems of inflected nationality adjectives (lower case, "chinesisch") → country */
  adjectiveStems: Map<string, string>;
  /** function words and other non-nouns written capitalised at sentence start (lower case) */
  functionWords: Set<string>;
  /** endings of place names (lower case) */
  placeEndings: string[];
  /** every name of a country in the language's gazetteer (as written), also where a place row lists it first */
  countryNames: Set<string>;
  /** last words that type a multi-word name (English: "Labor Day" MISC, "Tiananmen Square" LOC) */
  heads: Map<string, NerType>;
  /** endings typical of family names (lower case) */
  surnameEndings: string[];
  /**
   * lower-case words that may start something: gazetteer names written in lower case ("dpa"),
   * English role words ("spokesman"); every other lower-case word is skipped at once
   */
  lowerStarts: Set<string>;
  /** words in capitals that are not organisation names ("TV", "DNA") */
  acronymNonNames: Set<string>;
  /**
   * compound heads (lower case) after which an organisation stays an actor ("SPD-Fraktion",
   * "APEC-Gipfel"); inside other compounds it is a MISC modifier. A language that lists none
   * keeps organisations inside hyphen compounds as they are.
   */
  partHeads: string[];
  /** family-name endings that common nouns share (not evidence for a person where nouns are capitalised: "-mann") */
  nounLikeSurnameEndings: Set<string>;
}

const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'VNM', 'HKG']);

function col(row: string[], i: number): string | undefined {
  const v = row[i];
  return v && v.trim() ? v.trim() : undefined;
}

function rows(lang: string, name: string): string[][] {
  return hasLexicon(lang, name) ? lexicon(lang, name) : [];
}

function addName(d: NerData, surface: string, e: GazEntry): void {
  const toks = nameTokens(surface);
  d.gazetteer.add(toks, e);
  d.gazetteerLower.add(toks.map((t) => t.toLowerCase()), e);
}

/** Genitive "-s" of a proper name: "China" → "Chinas"; none after s, x, z, ß. */
export function germanGenitive(name: string): string | null {
  return /[sxzß]$/.test(name) ? null : `${name}s`;
}

function loadOrgs(d: NerData, lang: string): void {
  for (const r of [...rows(lang, 'ner-orgs'), ...rows('common', 'ner-orgs')]) {
    addName(d, r[0], { type: 'ORG', canonical: col(r, 1) ?? r[0], country: col(r, 2), sector: col(r, 3), source: 'org' });
  }
}

function loadPersons(d: NerData): void {
  for (const r of rows('common', 'ner-persons')) {
    const e: GazEntry = { type: 'PER', canonical: r[0], country: col(r, 1), sector: col(r, 2), source: 'person' };
    addName(d, r[0], e);
    const toks = nameTokens(r[0]);
    const alias = e.country && FAMILY_NAME_FIRST.has(e.country) ? toks[0] : toks[toks.length - 1];
    if (toks.length > 1 && !d.stopWords.has(alias) && !d.stopWords.has(alias.toLowerCase())) d.knownSurnames.set(alias, e);
  }
}

/** The language whose official country names (i18n-iso-countries) the gazetteer lists first. */
function countryLang(lang: Lang): string {
  return hasPack(lang) ? packOf(lang).grammar.countryNameLangs[0] ?? lang : lang;
}

function loadPlaces(d: NerData, lang: Lang): void {
  const extra = rows(lang, 'ner-places');
  for (const r of extra) {
    addName(d, r[0], { type: (col(r, 1) as NerType) ?? 'GPE', canonical: col(r, 2) ?? r[0], country: col(r, 3), source: 'place' });
  }
  const names = countries.getNames(countryLang(lang), { select: 'all' }) as Record<string, string[]>;
  for (const [a2, list] of Object.entries(names)) {
    const iso3 = countries.alpha2ToAlpha3(a2);
    for (const n of list) {
      if (n.includes(',') || n.includes('(')) continue;
      addName(d, n, { type: 'GPE', canonical: list[0], country: iso3, source: 'country' });
      d.countryNames.add(n);
    }
  }
  const cityLines = keptCityRows(d, lang).split('\n');
  cityLines.pop(); // after the last row's newline
  for (const row of cityLines) {
    const [name, country, plain] = row.split('\t');
    addName(d, name, { type: 'GPE', canonical: name, country, source: 'city' });
    if (plain) addName(d, plain, { type: 'GPE', canonical: name, country, source: 'city' });
  }
}

/**
 * The rows the gazetteer enters for the cities of `lang`'s filter (src/ner/city-filter.ts), in
 * index order: name, country, and the name without marks where it is entered too (else empty),
 * each row ending in a newline. GeoNames writes transliterations with marks ("Kandahār"); news
 * writes them plain.
 */
export function cityRows(d: NerData, lang: Lang): string {
  const cities = loadCities();
  const keep = keptCities(d, lang, cities);
  const out: string[] = [];
  for (let i = 0; i < cities.length; i++) {
    if (keep.charCodeAt(i) !== 49 /* '1' */) continue;
    const c = cities[i];
    const plain = stripMarks(c.name);
    out.push(`${c.name}\t${c.country}\t${plain !== c.name && !/[äöüÄÖÜ]/.test(c.name) ? plain : ''}\n`);
  }
  return out.join('');
}

/**
 * cityRows, cached per install where the verdicts are (src/parallel/derived-cache.ts, under the
 * verdicts' key inputs: the sources of src/ner and src/lang, this module among them, the lexicons
 * and the packages): a worker then neither parses the whole city index into objects nor strips
 * marks from thousands of names.
 */
export function keptCityRows(d: NerData, lang: Lang): string {
  const spec = cityFilterSpec(d, lang);
  if (!spec) return cityRows(d, lang);
  return derivedText({ ...spec, name: `ner-city-rows-${lang}`, version: 1 }, () => cityRows(d, lang));
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Removes diacritical marks: "Kandahār" → "Kandahar". */
export function stripMarks(s: string): string {
  // plain ASCII has no marks and is its own NFD and NFC form
  if (isAscii(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function addGenitives(d: NerData, lang: Lang): void {
  // "Chinas", "Berlins", "Deutschlands": the genitive of a place name is the same place
  const extra: [string, GazEntry][] = [];
  for (const r of rows(lang, 'ner-places')) {
    const g = germanGenitive(r[0]);
    if (g && !r[0].includes(' ')) extra.push([g, { type: (col(r, 1) as NerType) ?? 'GPE', canonical: col(r, 2) ?? r[0], country: col(r, 3), source: 'place' }]);
  }
  const names = countries.getNames(countryLang(lang), { select: 'all' }) as Record<string, string[]>;
  for (const [a2, list] of Object.entries(names)) {
    for (const n of list) {
      const g = germanGenitive(n);
      if (g && !n.includes(' ')) extra.push([g, { type: 'GPE', canonical: list[0], country: countries.alpha2ToAlpha3(a2), source: 'country' }]);
    }
  }
  for (const [s, e] of extra) addName(d, s, e);
}

/** Nationality adjectives of the pack's i18n-nationality locale (alpha-2 → adjective); none without a locale. */
function nationalities(locale: string | null): Record<string, string> {
  if (!locale) return {};
  const require = createRequire(import.meta.url);
  return (require(`i18n-nationality/langs/${locale}.json`) as { nationalities: Record<string, string> }).nationalities;
}

function loadDemonyms(d: NerData, lang: Lang): void {
  const { nationalityAdjectiveStem: stem, demonymPluralS } = d.names;
  for (const r of rows(lang, 'ner-demonyms')) {
    const country = col(r, 1);
    if (stem !== null && col(r, 2) === 'adj') d.adjectiveStems.set(r[0].toLowerCase(), country ?? '');
    else addName(d, r[0], { type: 'MISC', canonical: r[0], country, source: 'demonym' });
  }
  for (const [a2, adj] of Object.entries(nationalities(d.names.nationalityLocale))) {
    const iso3 = countries.alpha2ToAlpha3(a2) ?? '';
    if (stem !== null) {
      // inflected adjectives: kept as stems ("chinesisch"), matched with their endings
      if (adj.toLowerCase().endsWith(stem) && !adj.includes(' ')) d.adjectiveStems.set(adj.toLowerCase(), iso3);
    } else if (!adj.includes(',')) {
      addName(d, adj, { type: 'MISC', canonical: adj, country: iso3, source: 'demonym' });
      if (demonymPluralS.some((e) => adj.endsWith(e)) && !adj.includes(' ')) addName(d, `${adj}s`, { type: 'MISC', canonical: adj, country: iso3, source: 'demonym' });
    }
  }
}

function loadRoles(d: NerData, lang: Lang): void {
  for (const r of rows(lang, 'ner-roles')) {
    const e: RoleEntry = { role: col(r, 1) ?? r[0], sector: col(r, 2) };
    const toks = nameTokens(r[0].toLowerCase());
    d.roles.add(toks, e);
    if (toks.length === 1 && !d.roleWords.has(toks[0])) d.roleWords.set(toks[0], e);
  }
}

function build(lang: Lang): NerData {
  const pack = hasPack(lang) ? packOf(lang) : null;
  const names = pack ? nameGrammarOf(pack) : nameGrammarOf({});
  const d: NerData = {
    lang,
    nouns: pack?.grammar.capitalisedNouns ?? false,
    genitiveS: pack?.grammar.nameGenitiveS ?? false,
    postnominalOf: pack?.grammar.postnominalOf ?? null,
    names,
    morph: names.morphology,
    gazetteer: new NameIndex(), gazetteerLower: new NameIndex(),
    firstNames: new Set(rows('common', 'ner-first-names').map((r) => r[0])),
    knownSurnames: new Map(),
    roles: new NameIndex(), roleWords: new Map(),
    orgSuffixWords: new Map(), orgSuffixEndings: [], longOrgSuffixEndings: [],
    context: new Map(),
    stopWords: new Set(),
    adjectiveStems: new Map(),
    functionWords: new Set(rows(lang, 'ner-function-words').map((r) => r[0].toLowerCase())),
    placeEndings: rows(lang, 'ner-place-endings').map((r) => r[0].toLowerCase()),
    countryNames: new Set(),
    heads: new Map(rows(lang, 'ner-heads').map((r) => [r[0], (col(r, 1) ?? 'MISC') as NerType])),
    surnameEndings: rows('common', 'ner-surname-endings').map((r) => r[0].toLowerCase()),
    lowerStarts: new Set(),
    acronymNonNames: new Set(rows('common', 'ner-acronym-non-names').map((r) => r[0])),
    partHeads: rows(lang, 'ner-part-heads').map((r) => r[0].toLowerCase()),
    nounLikeSurnameEndings: new Set(rows(lang, 'ner-noun-surname-endings').map((r) => r[0].toLowerCase())),
  };
  // common nouns in lower case (capitalised-noun languages), non-names as written (English)
  for (const r of rows(lang, 'ner-noun-stoplist')) d.stopWords.add(r[0].toLowerCase());
  for (const r of rows(lang, 'ner-non-names')) d.stopWords.add(r[0]);
  for (const r of rows(lang, 'ner-context')) {
    const key = r[0].toLowerCase();
    let s = d.context.get(key);
    if (!s) d.context.set(key, (s = new Set()));
    s.add(col(r, 1) ?? '');
  }
  for (const r of rows(lang, 'ner-org-suffixes')) {
    if (col(r, 1) === 'compound') d.orgSuffixEndings.push([r[0].toLowerCase(), col(r, 2) ?? '']);
    else d.orgSuffixWords.set(r[0], col(r, 2) ?? '');
  }
  d.orgSuffixEndings.sort((a, b) => b[0].length - a[0].length);
  d.longOrgSuffixEndings = d.orgSuffixEndings.filter(([e]) => e.length >= 8).map(([e]) => e);
  // roles and stop lists first: the city filter below already asks whether a name is a noun
  loadRoles(d, lang);
  // priority: organisations, then persons, places, countries, demonyms, cities
  loadOrgs(d, lang);
  loadPersons(d);
  loadPlaces(d, lang);
  if (d.genitiveS) addGenitives(d, lang);
  loadDemonyms(d, lang);
  for (const first of d.gazetteer.firstTokens()) if (!startsUpper(first)) d.lowerStarts.add(first);
  // where nouns are lower case, a role ("secretary of state") starts with a lower-case word
  if (!d.nouns) for (const first of d.roles.firstTokens()) d.lowerStarts.add(first);
  return d;
}

const cache = new Map<Lang, NerData>();

/** The compiled NER data of a language (built at first use, then cached for the process). */
export function nerData(lang: Lang): NerData {
  let d = cache.get(lang);
  if (!d) cache.set(lang, (d = build(lang)));
  return d;
}

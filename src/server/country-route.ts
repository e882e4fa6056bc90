/**
 * GET /api/country?c=ISO3: a country's page: its partners in events (either direction) ranked by
 * events, with their PLOVER score sum; its actors (registry summary rows with that country); the
 * quotes of its speakers. Partners come from the engine's rows (corrections are not applied to
 * this ranking) unless `min_confidence` is given: then they are counted from the corrected event
 * rows at or above it; actors and quotes go through the corrected view.
 *
 * @example
 * await countryRoute(store, new Params(new URLSearchParams('c=CHN')));
 */
import type { CountryResponse } from './api-types.js';
import { bucketStart, type SeriesUnit } from '../store/relation.js';
import { HttpError } from './http-util.js';
import type { Params } from './params.js';

import { eventsAbove, partnersOf } from './min-confidence.js';
import type { Store } from '../store/store.js';

/** GET /api/country */
export async function countryRoute(store: Store, p: Params): Promise<CountryResponse> {
  const c = p.country('c');
  if (!c) throw new HttpError(400, 'parameter "c" (an ISO3 country code such as CHN) is required');
  const limit = p.int('limit', 30, 1, 300);
  const min = p.fraction('min_confidence');
  const [partners, actors, quotes] = await Promise.all([
    // with a minimum confidence: ranked from the matching (corrected) event rows
    min !== undefined ? eventsAbove(store, { source: c, either: true }, min).then((rows) => partnersOf(rows, c, limit))
      : store.partners(c, limit),
    store.actors({ limit: 2000 }).then((rows) => rows.filter((a) => a.country === c).slice(0, 100)),
    store.quotes({ country: c, limit: 50 }),
  ]);
  return { country: c, partners, actors, quotes };
}

/** Articles per bucket (day/week/month first day) within [from, to]. */
export async function articlesPerBucket(store: Store, unit: SeriesUnit, from?: string, to?: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const { day, n } of await store.articlesPerDay(from, to)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    const k = bucketStart(day, unit);
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}

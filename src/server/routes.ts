/**
 * The read routes of the JSON API: each takes the validated query and the store and returns the
 * response body (typed by api-types.ts). Kept free of node:http so they are easy to test.
 *
 * @example
 * const body = await ROUTES['/api/events'](store, new Params(url.searchParams));
 */
import type { Store } from '../store/store.js';
import type {
  ActorDetailResponse, ActorsResponse, ArticlesResponse, DyadsResponse, EventsResponse,
  PlacesResponse, QuotesResponse, RelationResponse,
} from './api-types.js';
import { HttpError } from './http-util.js';
import type { Params } from './params.js';
import { leversRoute } from './levers-route.js';
import { correctionList } from './correction-routes.js';
import { articlesPerBucket, countryRoute } from './country-route.js';
import { SEARCH_ROUTES } from './search-routes.js';
import type { CorrectedView } from '../store/corrected-view.js';
import type { EventQuery } from '../store/store.js';
import { dyadsOf, eventsAbove, placesOf, relationGroups } from './min-confidence.js';
import { relationSeries } from '../store/relation.js';

/** A GET route: validated parameters in, JSON body out. */
export type Route = (store: Store, p: Params) => Promise<unknown>;

/** GET /api/articles */
async function articles(store: Store, p: Params): Promise<ArticlesResponse> {
  const limit = p.int('limit', 50, 1, 500);
  const offset = p.int('offset', 0, 0, 1e9);
  const items = await store.listArticles({ q: p.text('q'), limit, offset });
  return { items, limit, offset };
}

/** The event filter of a request (GET /api/events, and /api/export's optional filter). */
export function eventFilter(p: Params): EventQuery {
  return {
    from: p.date('from'), to: p.date('to'),
    source: p.country('source'), target: p.country('target'), either: p.flag('either'),
    type: p.eventType('type'), status: p.status('status'),
    actor: p.text('actor'), q: p.text('q'), place: p.text('place'),
  };
}

/** GET /api/events */
async function events(store: Store, p: Params): Promise<EventsResponse> {
  const limit = p.int('limit', 200, 1, 2000);
  const offset = p.int('offset', 0, 0, 1e9);
  const items = await store.events({ ...eventFilter(p), minConfidence: p.fraction('min_confidence'), limit, offset });
  return { items, limit, offset };
}

/** GET /api/quotes */
async function quotes(store: Store, p: Params): Promise<QuotesResponse> {
  const limit = p.int('limit', 100, 1, 1000);
  const offset = p.int('offset', 0, 0, 1e9);
  const items = await store.quotes({
    q: p.text('q'), speaker: p.text('speaker'), country: p.country('country'),
    from: p.date('from'), to: p.date('to'), limit, offset,
  });
  return { items, limit, offset };
}

/** GET /api/actors */
async function actors(store: Store, p: Params): Promise<ActorsResponse> {
  return { items: await store.actors({ q: p.text('q'), limit: p.int('limit', 200, 1, 2000) }) };
}

/** GET /api/actor?name= : the actor, its events and quotes, and who appears with it. */
async function actor(store: Store, p: Params): Promise<ActorDetailResponse> {
  const name = p.text('name');
  if (!name) throw new HttpError(400, 'parameter "name" is required');
  const minConfidence = p.fraction('min_confidence');
  const [candidates, evs, qs] = await Promise.all([
    store.actors({ q: name, limit: 50 }),
    store.events({ actor: name, minConfidence, limit: 500 }),
    store.quotes({ speaker: name, limit: 200 }),
  ]);
  const found = candidates.find((a) => a.name === name) ?? null;
  const counts = new Map<string, number>();
  for (const e of evs) {
    for (const other of new Set([...e.sourceNames, ...e.targetNames])) {
      if (other !== name) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  const cooccurring = [...counts].map(([n, count]) => ({ name: n, count }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name)).slice(0, 30);
  const view = store as Partial<CorrectedView<Store>>;
  const state = view.correctionState ? await view.correctionState() : null;
  const merged = state ? [...state.merges].filter(([, to]) => to === name).map(([from]) => from).sort() : [];
  const out: ActorDetailResponse = { actor: found, name, events: evs, quotes: qs, cooccurring, merged };
  if (p.flag('articles')) out.articles = await actorArticles(store, evs, qs);
  return out;
}

/** The articles of an actor's events and quotes (at most 200), newest first, with titles (the split form's choice). */
async function actorArticles(store: Store, evs: { articleId: string; articleDate: string | null }[], qs: { articleId: string; date: string | null; title: string | null }[]): Promise<NonNullable<ActorDetailResponse['articles']>> {
  const ids = [...new Set([...evs.map((e) => e.articleId), ...qs.map((q) => q.articleId)])].slice(0, 200);
  const rows = await Promise.all(ids.map(async (id) => {
    const a = await store.getArticle(id);
    return a ? { id, title: a.title ?? a.result?.title ?? null, date: a.date, ...(a.title ? {} : { lead: a.text.slice(0, 200) }) } : null;
  }));
  return rows.filter((r): r is NonNullable<typeof r> => r !== null).sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.id.localeCompare(y.id));
}

/** GET /api/relation?a=&b= */
async function relation(store: Store, p: Params): Promise<RelationResponse> {
  const a = p.country('a');
  const b = p.country('b');
  if (!a || !b) throw new HttpError(400, 'parameters "a" and "b" (ISO3 country codes) are required');
  if (a === b) throw new HttpError(400, 'parameters "a" and "b" must differ');
  const view = store as Partial<CorrectedView<Store>>;
  const unit = p.oneOf('unit', ['week', 'day', 'month'] as const);
  const direction = p.oneOf('direction', ['both', 'ab', 'ba'] as const);
  const from = p.date('from'), to = p.date('to');
  const min = p.fraction('min_confidence');
  const opts = { unit, direction, from, to };
  // with a minimum confidence the series is built from the matching event rows (min-confidence.ts)
  const pairRows = min !== undefined ? await eventsAbove(store, { source: a, target: b, either: true }, min) : null;
  let points = pairRows ? relationSeries(relationGroups(pairRows), a, opts)
    : view.relationSeries ? await view.relationSeries(a, b, opts) : await store.relation(a, b);
  if (p.flag('norm') && points.length) {
    // the first bucket's first day onwards: every bucket a point lies in is counted whole
    const per = await articlesPerBucket(view.raw ?? store, unit, points[0].week);
    points = points.map((x) => ({ ...x, articles: per.get(x.week) ?? 0 }));
  }
  // events coded with a date basis (stage `coding`) but filed on no day: background facts, undated plans
  const pair = pairRows ?? await store.events({ source: a, target: b, either: true, limit: 2000 });
  const undated = pair.filter((e) => e.confidence !== undefined && e.dateBasis === undefined && !(e.status === 'planned' && e.announced)).length;
  return { a, b, unit, direction, points, undated };
}

/** GET /api/places: the map's circles and shaded states, aggregated in the store. */
async function places(store: Store, p: Params): Promise<PlacesResponse> {
  const type = p.eventType('type');
  const min = p.fraction('min_confidence');
  return min !== undefined ? placesOf(await eventsAbove(store, { type }, min)) : store.places({ type });
}

/** GET /api/dyads */
async function dyads(store: Store, p: Params): Promise<DyadsResponse> {
  const limit = p.int('limit', 50, 1, 500);
  const min = p.fraction('min_confidence');
  return { items: min !== undefined ? dyadsOf(await eventsAbove(store, {}, min), limit) : await store.dyads(limit) };
}

/** The GET routes by exact path (the article route /api/articles/:id is matched separately). */
export const ROUTES: Record<string, Route> = {
  '/api/articles': articles,
  '/api/events': events,
  '/api/quotes': quotes,
  '/api/actors': actors,
  '/api/actor': actor,
  '/api/relation': relation,
  '/api/dyads': dyads,
  '/api/places': places,
  '/api/levers': leversRoute,
  '/api/corrections': correctionList,
  '/api/country': countryRoute,
  ...SEARCH_ROUTES,
};

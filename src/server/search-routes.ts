/**
 * GET /api/search?q=: one search over events, quotes and articles. Words are stemmed (German and
 * English Snowball), `word*` is a prefix, "a phrase" keeps its order; a word or phrase that names
 * an actor or place also finds its other names (same-names.ts). Each list is newest first.
 *
 * @example
 * await SEARCH_ROUTES['/api/search'](store, new Params(new URLSearchParams('q=Zoll')));
 */
import type { SearchResponse } from './api-types.js';
import type { Params } from './params.js';
import { parseQuery } from '../store/search-terms.js';
import type { CorrectedView } from '../store/corrected-view.js';
import { HttpError } from './http-util.js';
import type { Route } from './routes.js';
import { sameNames } from './same-names.js';
import type { Store } from '../store/store.js';



async function search(store: Store, p: Params): Promise<SearchResponse> {
  const q = p.text('q');
  if (!q) throw new HttpError(400, 'parameter "q" is required');
  const limit = p.int('limit', 20, 1, 200);
  const view = store as Partial<CorrectedView<Store>>;
  const state = view.correctionState ? await view.correctionState() : undefined;
  const match = parseQuery(q, await sameNames(view.raw ?? store, state));
  if (!match.clauses.length) return { q, expanded: [], events: [], quotes: [], articles: [] };
  const [events, quotes, articles] = await Promise.all([
    store.events({ match, minConfidence: p.fraction('min_confidence'), limit }),
    store.quotes({ match, limit }),
    store.listArticles({ match, limit }),
  ]);
  return { q, expanded: match.expanded, events, quotes, articles };
}

export const SEARCH_ROUTES: Record<string, Route> = {
  '/api/search': search,
};

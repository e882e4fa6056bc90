/**
 * GET /api/search: one search over events, quotes and articles (filled in with the search work).
 *
 * @example
 * await SEARCH_ROUTES['/api/search'](store, params);
 */
import type { Route } from './routes.js';

export const SEARCH_ROUTES: Record<string, Route> = {};

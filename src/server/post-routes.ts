/**
 * The POST routes beyond articles and the registry, by exact path: each takes the raw store
 * (writes never go through the corrected view) and the body, and returns the 201 answer. The
 * write checks (token, origin, body size) happen in server.ts before any of them runs.
 *
 * @example
 * const added = await POST_ROUTES['/api/corrections'](store, body);
 */
import { correctionAdd } from './correction-routes.js';
import type { Store } from '../store/store.js';

/** A POST route: the store and the request body in, the JSON answer out. */
export type PostRoute = (store: Store, body: string) => Promise<unknown>;

export const POST_ROUTES: Record<string, PostRoute> = {
  '/api/corrections': correctionAdd,
};

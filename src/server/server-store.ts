/**
 * What the server needs of a store: the Store interface plus the streaming readers the exports
 * use. Both real stores (openStore()) satisfy it, and so does the tests' in-memory fake.
 *
 * @example
 * const store: ServerStore = await openStore('.lagebild/lagebild.db');
 */
import type { LagebildStore } from '../store/queue.js';
import type { Store } from '../store/store.js';

/** Store + the export generators. */
export type ServerStore = Store & Pick<LagebildStore, 'allResults' | 'allEvents' | 'allStories'>;

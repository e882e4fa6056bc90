/**
 * What the server needs of a store: the one Store interface (src/store/store.ts). This name is
 * kept for the server's code written before the interfaces were folded into one.
 *
 * @example
 * const store: ServerStore = await openStore('.lagebild/lagebild.db');
 */
import type { Store } from '../store/store.js';

/** The Store. */
export type ServerStore = Store;

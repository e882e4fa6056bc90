/**
 * The registry the actors stage consults, scoped to a synchronous call: ingest and workers run
 * each analysis inside `withRegistry(reg, ...)` so the stage sees the store-backed registry (starter
 * + learned + analyst facts) instead of the process-wide starter one, and see the finished Doc
 * (its mentionInfo with apposition spans) through `onActors` to learn from it. Outside a scope
 * the stage uses `defaultRegistry()`, so plain `analyze()` never depends on earlier articles.
 *
 * @example
 * const out = withRegistry({ registry: reg, onActors: (doc) => { seen = doc; } }, () => analyze(article));
 */
import type { Doc } from '../doc/doc.js';
import { defaultRegistry } from './starter.js';
import type { ActorRegistry } from './types.js';

/** What a scope provides: the registry, and optionally a callback with each Doc whose actors were resolved. */
export interface RegistryScope {
  registry: ActorRegistry;
  onActors?: (doc: Doc) => void;
}

let current: RegistryScope | null = null;

/** Runs `fn` (synchronous) with `scope` active; restores the previous scope afterwards, also on throw. */
export function withRegistry<T>(scope: RegistryScope, fn: () => T): T {
  const prev = current;
  current = scope;
  try {
    return fn();
  } finally {
    current = prev;
  }
}

/** The registry of the active scope, else the process-wide starter registry. */
export function activeRegistry(): ActorRegistry {
  return current?.registry ?? defaultRegistry();
}

/** Called by the actors stage after resolving a Doc: tells the active scope (if any). */
export function actorsResolved(doc: Doc): void {
  current?.onActors?.(doc);
}

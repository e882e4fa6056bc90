/**
 * Stage `actors`: groups co-referring mentions into actors with canonical name, type, country,
 * sector and role (rules in src/actors/resolve.ts and docs/events.md).
 *
 * @example
 * actors.run(doc); // doc.actors = [{ id: 'a1', name: 'Pete Hegseth', country: 'USA', ... }]
 */
import { resolveActors } from '../../actors/resolve.js';
import type { Stage } from '../stage.js';

/** The actors stage (registered in src/pipeline/registry.ts). */
export const actors: Stage = {
  name: 'actors',
  description: 'actors: co-referring mentions grouped, with country, sector and role (registry-backed)',
  requires: ['text', 'lang', 'date', 'tokens', 'mentions', 'mentionInfo'],
  assigns: ['actors'],
  amends: ['mentions'],
  run(doc, ctx) {
    resolveActors(doc, { registry: ctx?.registry });
    // the learning hook of a store-backed ingest sees the resolved doc (src/pipeline/context.ts)
    ctx?.onActors?.(doc);
  },
};

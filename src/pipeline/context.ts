/**
 * What a caller passes into a pipeline instead of module-global state: the actor registry the
 * actors stage consults (default: the process-wide starter registry, so plain `analyze()` never
 * depends on earlier articles) and the learning hook that sees each Doc once its actors are
 * resolved (ingest and workers learn persons from appositions through it).
 *
 * @example
 * const p = createPipeline(undefined, { registry: storeRegistry, onActors: (doc) => { seen = doc; } });
 */
import type { Doc } from '../doc/doc.js';
import type { ActorRegistry } from '../registry/types.js';

export interface PipelineContext {
  /** the registry of actors (starter + learned + analyst facts) */
  readonly registry: ActorRegistry;
  /** called by the actors stage with the Doc whose actors were just resolved */
  readonly onActors?: (doc: Doc) => void;
}

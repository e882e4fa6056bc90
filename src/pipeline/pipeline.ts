/**
 * Builds a frozen pipeline from stage names (default: all, in registry order) and a context (the
 * registry and learning hook, src/pipeline/context.ts). An unknown name is an error that names
 * it; so is a chosen stage that requires a layer no earlier chosen stage assigns (the error names
 * the stage, the layer and the stage that would assign it). A stage that throws on a document
 * becomes a diagnostic on that document and the remaining stages still run.
 *
 * @example
 * const p = createPipeline(['header', 'segment']);
 * p.run(doc);
 */
import type { Doc } from '../doc/doc.js';
import { defaultRegistry } from '../registry/starter.js';
import type { ActorRegistry } from '../registry/types.js';
import type { PipelineContext } from './context.js';
import { INITIAL_LAYERS, type Layer, type Stage } from './stage.js';
import { STAGES, STAGE_NAMES } from './registry.js';

export class UnknownStageError extends Error {
  constructor(readonly stage: string) {
    super(`unknown stage "${stage}" (known: ${STAGE_NAMES.join(', ')})`);
    this.name = 'UnknownStageError';
  }
}

/** A chosen stage needs a layer that no earlier chosen stage assigns. */
export class MissingLayerError extends Error {
  constructor(readonly stage: string, readonly layer: string, readonly provider: string | null) {
    super(`stage "${stage}" requires "${layer}", which no earlier chosen stage assigns` +
      (provider ? ` (add stage "${provider}")` : ''));
    this.name = 'MissingLayerError';
  }
}

export interface Pipeline {
  readonly stages: readonly string[];
  run(doc: Doc): Doc;
}

/**
 * Checks the declarations of stages in run order: everything a stage requires or amends is an
 * initial layer or assigned by a stage before it. Throws MissingLayerError for the first gap.
 */
export function checkLayers(stages: readonly Stage[], all: readonly Stage[] = STAGES): void {
  const have = new Set<Layer>(INITIAL_LAYERS);
  for (const s of stages) {
    for (const layer of [...s.requires, ...s.amends]) {
      if (!have.has(layer)) throw new MissingLayerError(s.name, layer, all.find((o) => o.assigns.includes(layer))?.name ?? null);
    }
    for (const layer of s.assigns) have.add(layer);
  }
}

export function createPipeline(names: readonly string[] = STAGE_NAMES, context: Partial<PipelineContext> = {}): Pipeline {
  const chosen: Stage[] = names.map((n) => {
    const s = STAGES.find((st) => st.name === n);
    if (!s) throw new UnknownStageError(n);
    return s;
  });
  // Keep registry order whatever order the caller named them in: stages depend on earlier layers.
  chosen.sort((a, b) => STAGES.indexOf(a) - STAGES.indexOf(b));
  checkLayers(chosen);
  let registry: ActorRegistry | undefined = context.registry;
  const ctx: PipelineContext = {
    // the starter registry is built at first use, not when a pipeline is made
    get registry() {
      return (registry ??= defaultRegistry());
    },
    onActors: context.onActors,
  };
  const pipeline: Pipeline = {
    stages: Object.freeze(chosen.map((s) => s.name)),
    run(doc) {
      for (const stage of chosen) {
        try {
          stage.run(doc, ctx);
        } catch (err) {
          doc.diagnostics.push({ stage: stage.name, message: `stage failed: ${(err as Error).message}` });
        }
      }
      return doc;
    },
  };
  return Object.freeze(pipeline);
}

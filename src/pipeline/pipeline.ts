/**
 * Builds a frozen pipeline from stage names (default: all, in registry order). An unknown name
 * is an error that names it; a stage that throws on a document becomes a diagnostic on that
 * document and the remaining stages still run.
 *
 * @example
 * const p = createPipeline(['header', 'segment']);
 * p.run(doc);
 */
import type { Doc } from '../doc/doc.js';
import type { Stage } from './stage.js';
import { STAGES, STAGE_NAMES } from './registry.js';

export class UnknownStageError extends Error {
  constructor(readonly stage: string) {
    super(`unknown stage "${stage}" (known: ${STAGE_NAMES.join(', ')})`);
    this.name = 'UnknownStageError';
  }
}

export interface Pipeline {
  readonly stages: readonly string[];
  run(doc: Doc): Doc;
}

export function createPipeline(names: readonly string[] = STAGE_NAMES): Pipeline {
  const chosen: Stage[] = names.map((n) => {
    const s = STAGES.find((st) => st.name === n);
    if (!s) throw new UnknownStageError(n);
    return s;
  });
  // Keep registry order whatever order the caller named them in: stages depend on earlier layers.
  chosen.sort((a, b) => STAGES.indexOf(a) - STAGES.indexOf(b));
  const pipeline: Pipeline = {
    stages: Object.freeze(chosen.map((s) => s.name)),
    run(doc) {
      for (const stage of chosen) {
        try {
          stage.run(doc);
        } catch (err) {
          doc.diagnostics.push({ stage: stage.name, message: `stage failed: ${(err as Error).message}` });
        }
      }
      return doc;
    },
  };
  return Object.freeze(pipeline);
}

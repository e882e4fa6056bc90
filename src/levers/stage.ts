/**
 * Stage `levers`: trade and technology levers between states (tariffs, export controls, import
 * bans and purchase stops, sanctions, investment restrictions, quotas, boycotts, dependence
 * claims) with imposer, target, good, magnitude, direction, status, date and evidence
 * (src/levers/extract.ts, docs/levers.md).
 *
 * @example
 * createPipeline().run(doc); doc.levers;
 */
import type { Stage } from '../pipeline/stage.js';
import { extractLevers } from './extract.js';

/** The levers stage (registered in src/pipeline/registry.ts after events). */
export const levers: Stage = {
  name: 'levers',
  description: 'trade and technology levers: instrument, imposer, target, good, magnitude, direction, date (docs/levers.md)',
  requires: ['sentences', 'tokens', 'dates', 'amounts', 'mentions', 'actors', 'quotes', 'events'],
  assigns: ['levers'],
  amends: [],
  run: extractLevers,
};

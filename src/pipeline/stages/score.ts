/** Stage `score`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const score: Stage = {
  name: 'score',
  description: 'score (not yet implemented)',
  run() {},
};

/** Stage `quotes`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const quotes: Stage = {
  name: 'quotes',
  description: 'quotes (not yet implemented)',
  run() {},
};

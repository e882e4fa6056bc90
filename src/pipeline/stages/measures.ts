/** Stage `measures`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const measures: Stage = {
  name: 'measures',
  description: 'measures (not yet implemented)',
  run() {},
};

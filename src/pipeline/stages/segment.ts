/** Stage `segment`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const segment: Stage = {
  name: 'segment',
  description: 'segment (not yet implemented)',
  run() {},
};

/** Stage `mentions`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const mentions: Stage = {
  name: 'mentions',
  description: 'mentions (not yet implemented)',
  run() {},
};

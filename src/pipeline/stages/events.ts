/** Stage `events`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const events: Stage = {
  name: 'events',
  description: 'events (not yet implemented)',
  run() {},
};

/** Stage `actors`: placeholder until its owner fills it in. */
import type { Stage } from '../stage.js';

export const actors: Stage = {
  name: 'actors',
  description: 'actors (not yet implemented)',
  run() {},
};

/** Stage `header`: placeholder. Must set doc.header, doc.bodyStart, and doc.date from the header when doc.date is null. */
import type { Stage } from '../stage.js';

export const header: Stage = {
  name: 'header',
  description: 'header (not yet implemented)',
  run() {},
};

/**
 * Stage `score`: the PLOVER conflict-cooperation score (-10 .. +10) of each event, the manual's
 * event scale (lexicons/plover/scores.tsv via src/plover); 0 for negated events.
 *
 * @example
 * score.run(doc); // doc.events[0].score === 1.5 for a phone call
 */
import { ploverScore } from '../../events/scores.js';
import type { Stage } from '../stage.js';

/** The score stage (registered in src/pipeline/registry.ts). */
export const score: Stage = {
  name: 'score',
  description: 'PLOVER conflict-cooperation score of each event (lexicons/plover/scores.tsv)',
  requires: ['events'],
  assigns: [],
  amends: ['events'],
  run(doc) {
    // a negated event did not happen: never a conflict (or cooperation) score (docs/events.md)
    for (const e of doc.events) e.score = e.status === 'negated' ? 0 : ploverScore(e.type, e.mode);
  },
};

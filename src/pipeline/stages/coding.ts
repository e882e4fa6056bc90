/**
 * Stage `coding`: PLOVER 2.0 coding of the events found by `events` (src/events/coding.ts):
 * cancelled meetings, sanctions, modes the manual has, contexts with evidence, date basis and
 * background facts, auxiliary modes, announcement dates of plans, confidence.
 *
 * @example
 * coding.run(doc); // doc.events[0].context === ['economic']
 */
import { codeEvents } from '../../events/coding.js';
import type { Stage } from '../stage.js';

/** The coding stage (registered in src/pipeline/registry.ts, after `events`, before `score`). */
export const coding: Stage = {
  name: 'coding',
  description: 'PLOVER coding of events: manual rules on type/mode/status, contexts, date basis, confidence',
  requires: ['text', 'lang', 'date', 'tokens', 'sentences', 'dates', 'actors', 'mentions', 'events'],
  assigns: [],
  amends: ['events'],
  run: codeEvents,
};

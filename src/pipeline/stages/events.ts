/**
 * Stage `events`: PLOVER 2.0 events with source and target actors, countries, date, place,
 * status, trigger and evidence (src/events/extract.ts, docs/events.md).
 *
 * @example
 * events.run(doc); // doc.events
 */
import { extractEvents } from '../../events/extract.js';
import type { Stage } from '../stage.js';

/** The events stage (registered in src/pipeline/registry.ts). */
export const events: Stage = {
  name: 'events',
  description: 'PLOVER events: trigger patterns per language, source/target actors, status, date, place',
  requires: ['text', 'lang', 'date', 'sentences', 'tokens', 'mentions', 'mentionInfo', 'actors', 'quotes', 'dates'],
  assigns: ['events'],
  amends: ['mentions', 'actors'],
  run: extractEvents,
};

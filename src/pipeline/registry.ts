/**
 * The pipeline's stages, registered in order in this one place.
 *
 * header   → the `date …` credit/caption line of plain-text articles
 * segment  → sentences, paragraphs and tokens
 * measures → dates (resolved against the article date) and amounts
 * mentions → named mentions PER/ORG/GPE/LOC/MISC
 * actors   → co-referring mentions grouped into actors with country, sector, role
 * quotes   → direct and indirect quotes with cue, speaker and speaker actor
 * events   → PLOVER events with source, target, date, place, status
 * coding   → PLOVER coding: manual rules on type/mode/status, contexts, date basis, confidence
 * score    → PLOVER conflict–cooperation score of each event
 * levers   → trade and technology levers: instrument, imposer, target, good, magnitude (docs/levers.md)
 *
 * @example
 * import { STAGE_NAMES } from './registry.js';
 * console.log(STAGE_NAMES.join(' → '));
 */
import type { Stage } from './stage.js';
import { header } from './stages/header.js';
import { segment } from './stages/segment.js';
import { measures } from './stages/measures.js';
import { mentions } from './stages/mentions.js';
import { actors } from './stages/actors.js';
import { quotes } from './stages/quotes.js';
import { events } from './stages/events.js';
import { coding } from './stages/coding.js';
import { score } from './stages/score.js';
import { levers } from '../levers/stage.js';

export const STAGES: readonly Stage[] = Object.freeze([
  header, segment, measures, mentions, actors, quotes, events, coding, score, levers,
]);

export const STAGE_NAMES: readonly string[] = Object.freeze(STAGES.map((s) => s.name));

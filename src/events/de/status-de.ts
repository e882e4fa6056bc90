/**
 * German corrections of an event's status after the shared status rules (src/events/status.ts):
 * - "soll ... geplant haben", "sollen ... bestätigt worden sein": a modal with a perfect infinitive
 *   reports a claim about the past (lexicons/de/event-reported.tsv): asserted, not planned;
 * - "festgenommen werden", "werden ... vorgeworfen": "werden" with the trigger's participle is a
 *   passive, not a future: asserted;
 * - an event noun reported as a circumstance ("bei einem Besuch in Bagdad") happened, whatever the
 *   main clause announces.
 *
 * @example
 * germanStatus(doc, [0, 12], 5, 'planned', false); // 'asserted' for "Er soll einen Anschlag geplant haben"
 */
import type { EventStatus } from '../../contract/schema.js';
import type { Doc } from '../../pipeline/doc.js';
import { hasLexicon, lexicon } from '../../lang/lexicon.js';
import { isParticiple } from '../../lang/de/morph/index.js';
import { isPassiveAux } from '../passive.js';

let words: { modal: Set<string>; perfect: Set<string> } | undefined;

function reportedWords(): { modal: Set<string>; perfect: Set<string> } {
  if (!words) {
    words = { modal: new Set(), perfect: new Set() };
    if (hasLexicon('de', 'event-reported')) for (const [w, kind] of lexicon('de', 'event-reported')) (kind === 'perfect' ? words.perfect : words.modal).add(w);
  }
  return words;
}

/** The corrected status (see the module comment). */
export function germanStatus(doc: Doc, range: [number, number], anchor: number, status: EventStatus, circumstance: boolean): EventStatus {
  if (status !== 'planned') return status;
  if (circumstance) return 'asserted';
  const { modal, perfect } = reportedWords();
  let hasModal = false;
  let hasPerfect = false;
  let hasWerden = false;
  for (let k = range[0]; k < range[1]; k++) {
    const w = doc.tokens[k].text.toLowerCase();
    if (modal.has(w)) hasModal = true;
    else if (perfect.has(w)) hasPerfect = true;
    else if (isPassiveAux(doc, k)) hasWerden = true;
  }
  if (hasModal && hasPerfect) return 'asserted';
  const a = doc.tokens[anchor].text.toLowerCase();
  if (hasWerden && !hasModal && isParticiple(a)) return 'asserted';
  return status;
}

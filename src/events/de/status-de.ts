/**
 * Corrections of a reported event's status after the shared status rules (src/events/status.ts):
 * - "soll ... geplant haben", "sollen ... bestätigt worden sein": a modal with a perfect infinitive
 *   reports a claim about the past (lexicons/<lang>/event-reported.tsv): asserted, not planned;
 * - "festgenommen werden", "werden ... vorgeworfen": "werden" with the trigger's participle is a
 *   passive, not a future: asserted (a participle by the pack's morphology);
 * - an event noun reported as a circumstance ("bei einem Besuch in Bagdad") happened, whatever the
 *   main clause announces.
 *
 * @example
 * reportedStatus(doc, morph, [0, 12], 5, 'planned', false); // 'asserted' for "Er soll einen Anschlag geplant haben"
 */
import type { EventStatus } from '../../contract/schema.js';
import type { Doc } from '../../doc/doc.js';
import type { EventMorphology } from '../../lang/event-grammar.js';
import { compiled, hasLexicon, lexicon } from '../../lang/lexicon.js';
import { isPassiveAux } from '../passive.js';

interface ReportedWords { modal: Set<string>; perfect: Set<string> }

function reportedWords(lang: string): ReportedWords {
  return compiled(lang, 'event-reported:words', buildReportedWords);
}

function buildReportedWords(lang: string): ReportedWords {
  const words: ReportedWords = { modal: new Set(), perfect: new Set() };
  if (hasLexicon(lang, 'event-reported')) for (const [w, kind] of lexicon(lang, 'event-reported')) (kind === 'perfect' ? words.perfect : words.modal).add(w);
  return words;
}

/** The corrected status (see the module comment). */
export function reportedStatus(doc: Doc, morph: EventMorphology | null, range: [number, number], anchor: number, status: EventStatus, circumstance: boolean): EventStatus {
  if (status !== 'planned') return status;
  if (circumstance) return 'asserted';
  const { modal, perfect } = reportedWords(doc.lang);
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
  if (hasWerden && !hasModal && !!morph?.isParticiple(a)) return 'asserted';
  return status;
}

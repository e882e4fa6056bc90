/**
 * German infinitive clauses with "zu" ("Die NATO kündigte an, mehr Truppen nach Litauen zu
 * verlegen"; "Die Türkei warf Schweden vor, Terroristen zu unterstützen"): the clause has no subject
 * of its own, so its act belongs to the subject of the clause before the comma, and that clause's
 * verb decides its status ("kündigte an" = planned). Returns the governing clause's token range, or
 * null when the trigger stands in no such clause.
 *
 * @example
 * governingClause(doc, packOf('de').events.commaInfinitive, 9, [6, 10], 0); // [0, 5] for "Die NATO kündigte an, mehr Truppen ... zu verlegen"
 */
import type { Doc } from '../../doc/doc.js';
import { isClauseBreak } from '../clauses.js';

/** The range of the clause before an infinitive clause that holds `anchor`, or null. */
export function governingClause(doc: Doc, infinitive: (prevLower: string, word: string) => boolean, anchor: number, range: [number, number], sFrom: number): [number, number] | null {
  const t = doc.tokens;
  // the pack says what an infinitive of such a clause looks like ("zu verlegen", "freizulassen")
  if (!infinitive(t[anchor - 1]?.text.toLowerCase() ?? '', t[anchor].text)) return null;
  const comma = range[0] - 1;
  if (comma <= sFrom || t[comma].text !== ',') return null;
  let from = comma;
  while (from > sFrom && !isClauseBreak(doc, from - 1)) from--;
  return from < comma ? [from, comma] : null;
}

/**
 * German infinitive clauses with "zu" ("Die NATO kündigte an, mehr Truppen nach Litauen zu
 * verlegen"; "Die Türkei warf Schweden vor, Terroristen zu unterstützen"): the clause has no subject
 * of its own, so its act belongs to the subject of the clause before the comma, and that clause's
 * verb decides its status ("kündigte an" = planned). Returns the governing clause's token range, or
 * null when the trigger stands in no such clause.
 *
 * @example
 * governingClause(doc, 9, [6, 10], 0); // [0, 5] for "Die NATO kündigte an, mehr Truppen ... zu verlegen"
 */
import type { Doc } from '../../pipeline/doc.js';
import { isClauseBreak } from '../clauses.js';

/** The range of the clause before an infinitive clause that holds `anchor`, or null. */
export function governingClause(doc: Doc, anchor: number, range: [number, number], sFrom: number): [number, number] | null {
  const t = doc.tokens;
  const prev = t[anchor - 1]?.text.toLowerCase();
  // "zu verlegen", or the particle verb with "zu" inside ("freizulassen", "abzuziehen")
  if (prev !== 'zu' && !/^\p{Ll}+zu\p{Ll}+en$/u.test(t[anchor].text)) return null;
  const comma = range[0] - 1;
  if (comma <= sFrom || t[comma].text !== ',') return null;
  let from = comma;
  while (from > sFrom && !isClauseBreak(doc, from - 1)) from--;
  return from < comma ? [from, comma] : null;
}

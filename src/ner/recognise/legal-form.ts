/**
 * After the rules, legal forms: a company's legal form (`Inc.`, `Corp`, `AB`, `AG`; class
 * `legal-form` of ner-context) ends a name that takes every capitalised word right before it,
 * also words the rules had read as a place, a first name or a listed company on their own
 * (`General Motors Korea Corp`, `First Denver Trust Corp.`, `Nordvik Telecom AB`): one organisation. The walk
 * back stops at a lower-case word, punctuation, a determiner, a demonym or country prefix, a
 * role (`… group Nordvik Telecom AB`), at most five words.
 *
 * @example
 * // "General Motors Korea Corp" → ORG "General Motors Korea Corp" (not ORG "General Motors" + "Korea" + "Corp")
 */
import { NAME_MAX, type RecogniserState } from './state.js';
import type { Found } from './types.js';
import { insertFound } from './util.js';

export function joinLegalForms(s: RecogniserState): void {
  const { units, words, out } = s;
  for (let k = 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'word' || !u.cap || !s.ctx(k, 'legal-form')) continue;
    let b = k;
    while (b > 0 && k - b < NAME_MAX && legalWord(s, b - 1, out)) b--;
    if (b === k) continue;
    const start = units[b].start;
    const end = units[k].end;
    if (out.some((f) => f.start === start && f.end === end)) continue; // found whole already ("Siemens AG")
    // the names inside give way to the whole (they lie within it or on its legal form)
    const f: Found = { start, end, type: 'ORG', kind: 'name', canonical: words.slice(b, k + 1).join(' '), sector: 'BUS', rule: 'legal-form' };
    for (let n = out.length - 1; n >= 0; n--) {
      const g = out[n];
      if (g.start < start || g.end > end) continue;
      // a listed company inside keeps its sector and country ("General Motors" + "Korea Corp")
      if (g.type === 'ORG' && g.sector) f.sector = g.sector;
      if (g.type === 'ORG' && g.country) f.country = g.country;
      out.splice(n, 1);
    }
    insertFound(out, f);
  }
}

/** Unit k may stand in a company name before its legal form. */
function legalWord(s: RecogniserState, k: number, out: Found[]): boolean {
  const u = s.units[k];
  if (u.kind !== 'word' || !u.cap || !s.nameLike(k) || u.parts.length > 1) return false;
  if (s.ctx(k, 'det') || s.findRoleQuiet(k)) return false;
  // a capitalised common word or function word at the sentence start is not part of the name
  if (s.sentenceStart(k) && s.stopAt(k)) return false;
  if (s.nouns && s.stopAt(k)) return false;
  for (const f of out) if (f.start <= u.start && u.end <= f.end && (f.kind === 'demonym' || f.kind === 'prefix' || f.role)) return false;
  return true;
}

/**
 * Whether a German event noun that names none of its participants is reported as an event: beside a
 * light verb whose subject acts ("Kritik übte die Opposition", "es kam zu Protesten";
 * lexicons/de/event-light-verbs.tsv) or as a circumstance ("Bei Protesten starben ...";
 * lexicons/de/event-noun-circumstance.tsv). Otherwise it is the topic of another predicate ("begrüßte
 * die Hilfe", "die Zusammenarbeit sei wichtig") and no event of its own.
 *
 * @example
 * nounReported(doc, 4, [0, 10]); // true for "Die Opposition übte scharfe Kritik an ..."
 */
import type { Doc } from '../../doc/doc.js';
import { compiled, hasLexicon, lexicon, lexiconSet } from '../../lang/lexicon.js';
import type { EventMorphology } from '../../lang/event-grammar.js';

/** A word set of a lexicon of `lang` (empty when the pack has none), compiled once. */
function wordSet(lang: string, name: string): Set<string> {
  return compiled(lang, `${name}:set`, () => (hasLexicon(lang, name) ? lexiconSet(lang, name) : new Set<string>()));
}

function lightVerbForms(lang: string): { exact: Set<string>; prefixes: string[] } {
  const rows = hasLexicon(lang, 'event-light-verbs') ? lexicon(lang, 'event-light-verbs').map((r) => r[0]) : [];
  return { exact: new Set(rows.filter((r) => !r.endsWith('*'))), prefixes: rows.filter((r) => r.endsWith('*')).map((r) => r.slice(0, -1)) };
}

function lightVerb(lang: string, w: string): boolean {
  const forms = compiled(lang, 'event-light-verbs:forms', lightVerbForms);
  return forms.exact.has(w) || forms.prefixes.some((p) => w.startsWith(p));
}

/** True when a circumstance preposition ("bei", "nach") opens the noun's phrase ("Bei einem Anschlag"). */
export function circumstanceBefore(doc: Doc, trigger: number, range: [number, number]): boolean {
  const circumstance = wordSet(doc.lang, 'event-noun-circumstance');
  for (let k = trigger - 1; k >= range[0] && k >= trigger - 3; k--) if (circumstance.has(doc.tokens[k].text.toLowerCase())) return true;
  return false;
}

/** True when the noun at `trigger` is reported as an event of its own (see the module comment). */
export function nounReported(doc: Doc, morph: EventMorphology | null, trigger: number, range: [number, number]): boolean {
  if (circumstanceBefore(doc, trigger, range)) return true;
  for (let k = range[0]; k < range[1]; k++) {
    const t = doc.tokens[k];
    if (k !== trigger && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && lightVerb(doc.lang, t.text.toLowerCase())) return true;
  }
  // a separable light verb split by the verb bracket ("sagte das Treffen ... ab" = absagen): the
  // clause's last word is the particle, joined with a finite verb before the noun
  const last = doc.tokens[range[1] - 1]?.kind === 'punct' ? range[1] - 2 : range[1] - 1;
  const particle = doc.tokens[last];
  if (morph && particle && last > trigger && particle.kind === 'word' && /^\p{Ll}+$/u.test(particle.text)) {
    for (let k = range[0]; k < trigger; k++) {
      const t = doc.tokens[k];
      if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) continue;
      const lemma = morph.separableLemma(t.text.toLowerCase(), particle.text);
      if (lemma && lightVerb(doc.lang, lemma)) return true;
    }
  }
  return false;
}

/** True for an existential clause: "es" and a form of "kommen zu" / "geben" (lexicons/de/event-existential.tsv, first row "es"). */
export function existentialClause(doc: Doc, range: [number, number]): boolean {
  // word → "subject" (the expletive "es") or "" (a verb)
  const existential = compiled(doc.lang, 'event-existential:kinds', () => new Map(hasLexicon(doc.lang, 'event-existential') ? lexicon(doc.lang, 'event-existential').map((r) => [r[0], r[1] ?? '']) : []));
  let es = false;
  let verb = false;
  for (let k = range[0]; k < range[1]; k++) {
    const kind = existential.get(doc.tokens[k].text.toLowerCase());
    if (kind === 'subject') es = true;
    else if (kind !== undefined) verb = true;
  }
  return es && verb;
}

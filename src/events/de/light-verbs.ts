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
import type { Doc } from '../../pipeline/doc.js';
import { hasLexicon, lexicon, lexiconSet } from '../../lang/lexicon.js';
import { separableLemma } from '../../lang/de/morph/index.js';

let forms: { exact: Set<string>; prefixes: string[] } | undefined;
let circumstance: Set<string> | undefined;

function lightVerb(w: string): boolean {
  if (!forms) {
    const rows = hasLexicon('de', 'event-light-verbs') ? lexicon('de', 'event-light-verbs').map((r) => r[0]) : [];
    forms = { exact: new Set(rows.filter((r) => !r.endsWith('*'))), prefixes: rows.filter((r) => r.endsWith('*')).map((r) => r.slice(0, -1)) };
  }
  return forms.exact.has(w) || forms.prefixes.some((p) => w.startsWith(p));
}

/** True when a circumstance preposition ("bei", "nach") opens the noun's phrase ("Bei einem Anschlag"). */
export function circumstanceBefore(doc: Doc, trigger: number, range: [number, number]): boolean {
  circumstance ??= hasLexicon('de', 'event-noun-circumstance') ? lexiconSet('de', 'event-noun-circumstance') : new Set();
  for (let k = trigger - 1; k >= range[0] && k >= trigger - 3; k--) if (circumstance.has(doc.tokens[k].text.toLowerCase())) return true;
  return false;
}

/** True when the noun at `trigger` is reported as an event of its own (see the module comment). */
export function nounReported(doc: Doc, trigger: number, range: [number, number]): boolean {
  if (circumstanceBefore(doc, trigger, range)) return true;
  for (let k = range[0]; k < range[1]; k++) {
    const t = doc.tokens[k];
    if (k !== trigger && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && lightVerb(t.text.toLowerCase())) return true;
  }
  // a separable light verb split by the verb bracket ("sagte das Treffen ... ab" = absagen): the
  // clause's last word is the particle, joined with a finite verb before the noun
  const last = doc.tokens[range[1] - 1]?.kind === 'punct' ? range[1] - 2 : range[1] - 1;
  const particle = doc.tokens[last];
  if (particle && last > trigger && particle.kind === 'word' && /^\p{Ll}+$/u.test(particle.text)) {
    for (let k = range[0]; k < trigger; k++) {
      const t = doc.tokens[k];
      if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) continue;
      const lemma = separableLemma(t.text.toLowerCase(), particle.text);
      if (lemma && lightVerb(lemma)) return true;
    }
  }
  return false;
}

let existential: Set<string> | undefined;
/** True for an existential clause: "es" and a form of "kommen zu" / "geben" (lexicons/de/event-existential.tsv, first row "es"). */
export function existentialClause(doc: Doc, range: [number, number]): boolean {
  existential ??= hasLexicon('de', 'event-existential') ? lexiconSet('de', 'event-existential') : new Set();
  let es = false;
  let verb = false;
  for (let k = range[0]; k < range[1]; k++) {
    const w = doc.tokens[k].text.toLowerCase();
    if (w === 'es') es = true;
    else if (existential.has(w)) verb = true;
  }
  return es && verb;
}

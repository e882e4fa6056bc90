/**
 * Event status from cue words (lexicons/<lang>/event-status.tsv): negated > hypothetical >
 * planned > asserted. Cues count inside the trigger's clauses; conditional cues ("wenn", "if")
 * also anywhere before the trigger in the sentence. Tokens that belong to the pattern itself
 * ("kauft nicht mehr") are not cues. An auxiliary that also forms the passive ("wird", "werden")
 * marks a plan only when the trigger is no participle ("geliefert werden" is a passive).
 *
 * @example
 * eventStatus(doc, [10, 18], [12], 0, 12); // 'planned' for "... werde er Xi treffen"
 */
import type { EventStatus } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { lexicon } from '../lang/lexicon.js';

/**
 * `attr`: an attributive adjective, the status of the noun right after it only; `conditional`: a
 * conditional conjunction ("wenn", "if"); `clauseOnly`: a hypothetical cue that does not reach the
 * trigger from before its clauses (a modal verb, "ob") — the lexicon's note and reach columns.
 */
interface Cue { status: EventStatus; aux: boolean; attr: boolean; conditional: boolean; clauseOnly: boolean }
interface CueTable { exact: Map<string, Cue>; prefix: { s: string; cue: Cue }[] }
const tables = new Map<string, CueTable>();

function cues(lang: string): CueTable {
  let t = tables.get(lang);
  if (!t) {
    t = { exact: new Map(), prefix: [] };
    for (const [w, status, note, reach] of lexicon(lang, 'event-status')) {
      const cue: Cue = { status: status as EventStatus, aux: note === 'aux', attr: note === 'attr', conditional: note === 'cond', clauseOnly: reach === 'clause' };
      if (w.endsWith('*')) t.prefix.push({ s: w.slice(0, -1), cue });
      else t.exact.set(w, cue);
    }
    tables.set(lang, t);
  }
  return t;
}

function cueOf(t: CueTable, w: string): Cue | null {
  const c = t.exact.get(w);
  if (c) return c;
  // (indexed: a for-of not yet optimised allocates per step, and this runs for every word of a trigger's clauses)
  const prefix = t.prefix;
  for (let k = 0; k < prefix.length; k++) if (w.startsWith(prefix[k].s)) return prefix[k].cue;
  return null;
}

/** How many tokens before the trigger a negation may stand. */
const NEG_REACH = 5;

/** How far an attributive cue reaches: the noun after it, or after one more adjective. */
const ATTR_REACH = 2;

const RANK: Record<EventStatus, number> = { asserted: 0, planned: 1, hypothetical: 2, negated: 3 };

/** Looks like a participle (passive with "werden"): "geliefert", "verhängt", "kritisiert". */
function participle(w: string): boolean {
  return /^ge\p{L}+(t|en)$/u.test(w) || /iert$/.test(w) || /^(ver|be|er|ent|zer)\p{L}+t$/u.test(w);
}

/**
 * Status of an event whose pattern matched tokens `at`, in clause range [from, to) of a sentence
 * starting at token `sFrom`; `anchor` is the pattern's last token.
 */
export function eventStatus(doc: Doc, range: [number, number], at: number[], sFrom: number, anchor: number, words?: string[]): EventStatus {
  // (no closures here: asked for every trigger)
  const t = cues(doc.lang);
  const anchorWord = lowerAt(doc, words, anchor);
  let best: EventStatus = 'asserted';
  for (let i = range[0]; i < range[1]; i++) {
    if (at.includes(i)) continue;
    const w = lowerAt(doc, words, i);
    const c = cueOf(t, w);
    if (!c || RANK[c.status] <= RANK[best] || nounNotCue(doc, i, sFrom)) continue;
    if (c.status === 'negated' && isNotOnly(doc, i)) continue;
    // a negation only reaches the verb near it ("did not agree", "keinen Konflikt suchen")
    if (c.status === 'negated' && (i < Math.min(at[0], anchor) - NEG_REACH || i > Math.max(at[at.length - 1], anchor) + 2)) continue;
    if (c.aux && participle(anchorWord)) continue;
    // "die geplante Demonstration": the adjective plans its noun (at most one more adjective between), not the clause's verb
    if (c.attr && !(at[0] > i && at[0] - i <= ATTR_REACH)) continue;
    // a condition comes before what it conditions ("if X attacks, Y will ..."); one after it belongs to a later clause
    if (c.status === 'hypothetical' && i > anchor && c.conditional) continue;
    best = c.status;
  }
  // (a cue is looked up first: the capital-letter test is a regex, and most words are no cue)
  for (let i = sFrom; i < range[0] && RANK[best] < RANK.hypothetical; i++) {
    const c = cueOf(t, lowerAt(doc, words, i));
    if (c?.status === 'hypothetical' && !c.clauseOnly && !nounNotCue(doc, i, sFrom)) best = 'hypothetical';
  }
  return best;
}

/** Token i lower-cased: the caller's lower-case word when given, else the token's text lower-cased. */
function lowerAt(doc: Doc, low: readonly string[] | undefined, i: number): string {
  return low?.[i] ?? doc.tokens[i].text.toLowerCase();
}

/**
 * A cue word written with a capital inside the sentence is another word: the noun "Falls" ("anlässlich
 * dieses Falls") is no conditional "falls". Cues are function words, capitalised only first in a sentence
 * or after an opening quotation mark or a colon.
 */
function nounNotCue(doc: Doc, i: number, sFrom: number): boolean {
  if (i === sFrom || !/^\p{Lu}/u.test(doc.tokens[i].text)) return false;
  const prev = doc.tokens[i - 1];
  return !(prev.kind === 'punct' && /^[„“"‚‘'«»:(–-]$/u.test(prev.text));
}

/** "nicht nur" / "not only" / "nicht zuletzt" do not negate. */
function isNotOnly(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1]?.text.toLowerCase();
  return next === 'nur' || next === 'only' || next === 'zuletzt' || next === 'just';
}

/**
 * Participants of a German nominal event from the noun's own arguments: "der Angriff Russlands auf
 * Kiew" (genitive = actor, the pattern's preposition = target), "die Festnahme des Journalisten durch
 * die Polizei" ("von"/"durch" = actor; for nouns of acts done to someone, flag `gen=target` in
 * lexicons/de/event-patterns.tsv, the genitive is the target), "ein Treffen zwischen X und Y" (X and Y).
 * Returns null when the noun names none of its participants: the clause's subject is used then
 * (light verbs: "Kritik übte die Opposition", "Gespräche führten die Minister").
 *
 * @example
 * nounArguments(ctx, slots, 4, [0, 12], pattern); // { src: <Russlands>, tgt: <Kiew> }
 */
import type { Pattern } from '../patterns.js';
import { isClauseBreak } from '../clauses.js';
import type { EventContext, Slot } from '../slots.js';
import { agentPreps, isPassiveAux } from '../passive.js';
import { optionalColumn, optionalSet } from '../words.js';

/** Articles and determiners that open a genitive after a noun ("des", "der", "eines") → "possessive" or "": lexicons/<lang>/event-genitive.tsv. */
const genitives = (lang: string) => optionalColumn(lang, 'event-genitive', 1);

/** Up to this many tokens between the noun and its genitive or agent ("des früheren Ministers"). */
const REACH = 4;
/** Up to this many tokens between the noun and a prepositional argument ("Treffen in Ankara zwischen dem ..."). */
const PP_REACH = 8;

/** The noun's own source and target, or null when it names neither. */
export function nounArguments(ctx: EventContext, slots: Slot[], trigger: number, range: [number, number], p: Pattern): { src: Slot | null; tgt: Slot | null } | null {
  const { doc } = ctx;
  const toks = doc.tokens;
  const after = slots.filter((s) => s.first > trigger && s.last < range[1] && s.kind !== 'part');
  // (the noun phrase ends at a clause break or a passive auxiliary: in "Der Angriff Russlands wurde von
  // Frankreich verurteilt" the "von" belongs to the verb)
  const clear = (s: Slot, reach = REACH) => {
    for (let k = trigger + 1; k < s.first; k++) if (isClauseBreak(doc, k) || isPassiveAux(doc, k)) return false;
    return s.first - trigger <= reach + 1;
  };
  // "zwischen X und Y"
  const roles = optionalColumn(doc.lang, 'event-prepositions', 2);
  const and = optionalSet(doc.lang, 'coordinators');
  const between = after.find((s) => s.prep !== null && roles.get(s.prep) === 'between' && clear(s, PP_REACH));
  if (between) {
    const k = slots.indexOf(between);
    const next = slots[k + 1];
    const partner = next && next.first - between.last <= 5 && toks.slice(between.last + 1, next.first).some((t) => and.has(t.text.toLowerCase())) ? next : null;
    return { src: between, tgt: partner };
  }
  const agents = agentPreps(doc.lang);
  const agent = after.find((s) => s.prep !== null && agents.has(s.prep) && clear(s, PP_REACH)) ?? null;
  const first = after[0];
  const gen = first && (first.prep === null || first.genitive) && clear(first)
    && (first.first === trigger + 1 || genitives(doc.lang).has(toks[trigger + 1].text.toLowerCase())) ? first : null;
  const byCue = (exclude: Slot | null) => after.find((s) => s !== exclude && s.prep !== null && p.targetCues.includes(s.prep) && s.first - trigger <= 12) ?? null;
  if (p.flags.includes('gen=target')) {
    if (!agent && !gen) return null;
    return { src: agent, tgt: gen ?? byCue(agent) };
  }
  // "der Abzug seiner Soldaten": the possessor, the clause's subject, acts
  if (!agent && gen && genitives(doc.lang).get(toks[trigger + 1].text.toLowerCase()) === 'possessive') return null;
  const src = agent ?? gen;
  if (!src) return null;
  return { src, tgt: byCue(src) };
}

/**
 * Levers between states (issue 16, docs/levers.md): finds instrument cues (tariffs, export
 * controls, import bans and purchase stops, sanctions, investment restrictions, quotas, boycotts,
 * dependence claims) and gives each its imposer and target (actors and countries, from the events
 * code's sentence slots), good, magnitude, direction, status, date with its basis, evidence, and
 * the event of the same words. A first pass over each sentence's words skips sentences without
 * any cue, so the stage costs next to nothing on articles about other things.
 *
 * @example
 * extractLevers(doc); // doc.levers: [{ instrument: 'tariff', imposerCountry: 'USA', targetCountry: 'CHN', good: 'ALL', magnitude: { value: 145, unit: 'percent', ... } }]
 */
import type { Amount, Event, Lever, LeverDirection, LeverStatus, Quote, Span, TextSpan } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { clauseRange, isClauseBreak } from '../events/clauses.js';
import { eventContext, sentenceSlots, type EventContext, type Slot } from '../events/slots.js';
import { tokenLower } from '../doc/token-lower.js';
import { emptyList } from '../events/lists.js';
import { tokenIndexAt } from '../doc/spans.js';
import { numberWordValue, parseNumeral } from '../lang/amounts/numbers.js';
import { isTargetPrep, leverLexicon, type CueValue, type LeverLexicon } from './lexicon.js';
import { matchPattern, mayStart } from './patterns.js';

/** Units of amounts that can measure a lever's strength (others, such as days or persons, cannot). */
const MAGNITUDE_UNITS = new Set(['percent', 'percentage-point', 'share', 'EUR', 'USD', 'GBP', 'CNY', 'JPY', 'CHF', 'RUB', 'ton', 'barrel']);
/** Instruments only a state or an international organisation imposes. */
const STATE_ONLY = new Set(['tariff', 'export-control', 'sanctions', 'quota', 'investment']);
/** Units a share of a dependence is given in. */
const SHARE_UNITS = new Set(['percent', 'share']);
/** Event types a lever belongs to when their trigger lies in the lever's clause. */
const LEVER_EVENT_TYPES = new Set(['SANCTION', 'COERCE', 'THREATEN', 'PROTEST', 'CONCEDE']);
/** Status of a lever by the direction the text gives it. */
const STATUS_OF: Record<LeverDirection, LeverStatus> = {
  imposed: 'in-force', raised: 'in-force', lowered: 'in-force', suspended: 'suspended', lifted: 'lifted', threatened: 'threatened', planned: 'planned',
};
/** Words before a date that make it the end of a period, not the lever's date. */
const PERIOD_END = /^(bis|until|till|through)\b/i;

interface Party {
  actor: string | null;
  country: string | null;
}

interface Cue {
  value: CueValue;
  /** token index of each cue element */
  at: number[];
  first: number;
  last: number;
}

/** A lever before ids are given, with the sentence it came from. */
interface Draft {
  lever: Lever;
  sentence: number;
}

/** Adds doc.levers (replacing any earlier ones). */
export function extractLevers(doc: Doc): void {
  doc.levers = [];
  const lex = leverLexicon(doc.lang);
  const toks = doc.tokens;
  if (!lex.cues.all.length || !toks.length) return;
  const words = tokenLower(toks);
  const used = new Uint8Array(toks.length);
  let ctx: EventContext | null = null;
  const drafts: Draft[] = [];
  let from = 0;
  while (from < toks.length) {
    const sIdx = toks[from].sentence;
    let to = from;
    while (to < toks.length && toks[to].sentence === sIdx) to++;
    const sentence = doc.sentences[sIdx];
    if (sentence && !sentence.header) {
      let cues: Cue[] | null = null;
      for (let i = from; i < to; i++) {
        // the cheap first pass: one or two map lookups per word, a pattern only where a cue may start
        if (toks[i].kind !== 'word' || !mayStart(lex.cues, words[i])) continue;
        const m = matchPattern(lex.cues, words, i, used, to);
        if (!m) continue;
        // "imports ... from" is a dependence only with a share inside ("bezieht 90 Prozent ... aus
        // China") or right after a one-word cue ("kontrolliert rund zwei Drittel")
        if (m.value.needsShare && !hasShare(doc, lex, words, m.at[0], Math.min(to, Math.max(m.at[m.at.length - 1], m.at[0] + 5)))) continue;
        for (let k = 0; k < m.at.length; k++) used[m.at[k]] = 1;
        // "10,2 Zoll": a one-word cue right after a bare number is a unit of length, not a lever
        if (m.at.length === 1 && i > from && toks[i - 1].kind === 'num') continue;
        // a word of a name ("Daniel Levy", "the Strategic Export Controls committee") is no cue
        if (m.at.some((k) => inName(doc, k))) continue;
        // (emptyList: one array map for a new and a filled list, see src/events/lists.ts)
        if (m.value.instrument) (cues ??= emptyList<Cue>()).push({ value: m.value, at: m.at, first: m.at[0], last: m.at[m.at.length - 1] });
      }
      if (cues) {
        ctx ??= eventContext(doc);
        const slots = sentenceSlots(ctx, from, to, (o) => quoteAt(doc.quotes, o)?.speakerActor ?? null);
        const found: Draft[] = emptyList();
        // (indexed loops, levers pushed, not returned: the iterators over buildLevers' returned
        // arrays (an empty literal, a one-element literal, a map's result), the spread of the
        // merge's result and that result itself (a filter's result array has another map when
        // TurboFan inlines filter than when the builtin runs) were each a 'wrong map' deopt of
        // this function, which was optimised 5 times in 300 articles)
        for (let k = 0; k < cues.length; k++) buildLevers(doc, lex, words, cues[k], cues, slots, from, to, sIdx, found);
        if (found.length) mergeSentence(found, drafts);
      }
    }
    from = to;
  }
  doc.levers = dedupe(drafts).filter((d) => complete(d.lever)).map((d, i) => ({ ...d.lever, id: `l${i + 1}` }));
}

function hasShare(doc: Doc, lex: LeverLexicon, words: string[], from: number, to: number): boolean {
  const start = doc.tokens[from].start;
  const end = doc.tokens[to - 1].end;
  if (doc.amounts.some((a) => a.start >= start && a.end <= end && a.unit === 'percent')) return true;
  for (let i = from; i < to; i++) if (lex.shares.has(words[i])) return true;
  return false;
}

let nameIndex: { doc: Doc; covered: Uint8Array } | null = null;
/** Whether token k lies wholly inside a PER or ORG mention (built once per document, on first use). */
function inName(doc: Doc, k: number): boolean {
  if (nameIndex?.doc !== doc) {
    const covered = new Uint8Array(doc.tokens.length);
    for (const m of doc.mentions) {
      if (m.type !== 'PER' && m.type !== 'ORG') continue;
      for (let i = tokenIndexAt(doc, m.start); i < doc.tokens.length && doc.tokens[i].end <= m.end; i++) {
        if (doc.tokens[i].start >= m.start) covered[i] = 1;
      }
    }
    nameIndex = { doc, covered };
  }
  return nameIndex.covered[k] === 1;
}

function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  for (const q of quotes) for (const s of q.spans) if (s.start <= offset && offset < s.end) return q;
  return null;
}

function partyOf(s: Slot | undefined | null): Party | null {
  if (!s || (!s.actor && !s.country)) return null;
  return { actor: s.actor, country: s.country };
}

/** Two parties are one when they share the country, else the actor. */
function sameParty(a: Party | null, b: Party | null): boolean {
  if (!a || !b) return false;
  if (a.country && b.country) return a.country === b.country;
  return !!a.actor && a.actor === b.actor;
}

function tokenSpan(doc: Doc, first: number, last: number): TextSpan {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The levers one cue gives, pushed to `out` with the sentence: one per good it names (none when no party is found). */
function buildLevers(doc: Doc, lex: LeverLexicon, words: string[], cue: Cue, cues: Cue[], slots: Slot[], sFrom: number, sTo: number, sentenceIndex: number, out: Draft[]): void {
  const [cFrom, cTo] = clauseRange(doc, cue.first, cue.last, sFrom, sTo);
  // several cues in one clause ("a 10 percent tariff on ... and a 20 percent tariff on goods from
  // the EU"): each cue's target, goods and amount lie between its neighbours
  let rFrom = cFrom;
  let rTo = cTo;
  for (const o of cues) {
    if (o === cue || o.first < cFrom || o.last >= cTo) continue;
    if (o.last < cue.first) rFrom = Math.max(rFrom, o.last + 1);
    if (o.first > cue.last) rTo = Math.min(rTo, o.first);
  }
  const single = cues.length === 1;
  // a phrase the NER took as a name around the cue ("a 10 percent baseline tariff") is no party
  const parties = slots.filter((s) => isParty(doc, s) && (s.kind === 'prefix' || !cue.at.some((k) => k >= s.first && k <= s.last)));
  const inClause = parties.filter((s) => s.first >= cFrom && s.first < cTo);
  const inRegion = inClause.filter((s) => s.first >= rFrom && s.first < rTo);
  let instrument = cue.value.instrument!;
  const magnitude = findMagnitude(doc, lex, words, cue, cues, rFrom, rTo, sFrom, sTo);
  if (cue.value.needsShare && (!magnitude || !SHARE_UNITS.has(magnitude.unit ?? ''))) return;
  const event = linkedEvent(doc, cFrom, cTo, cue);
  let imposer: Party | null;
  let target: Party | null;
  if (instrument === 'dependence') {
    // a firm's market share ("Rosneft controls 16 % of Russia's oil output") is no dependence between states
    const states = parties.filter((s) => !isFirm(doc, s));
    const subject = subjectOf(doc, states.filter((s) => s.first >= cFrom && s.first < cTo), cue) ?? subjectOf(doc, states, cue);
    const holderSlot = (s: Slot) => s.prep !== null && lex.holderPreps.has(s.prep) && s !== subject && !isFirm(doc, s) && !sameParty(partyOf(s), partyOf(subject));
    // "von der Einfuhr seltener Erden aus China abhängig" (German: before the cue), "depends on China" (after it)
    const other = inRegion.find((s) => s.first > cue.first && holderSlot(s)) ?? [...inRegion].reverse().find((s) => s.first < cue.first && holderSlot(s))
      // "the largest buyer of Brazilian soybeans": the seller is named by a demonym on the good
      ?? (cue.value.subject === 'holder' ? inRegion.find((s) => s.first > cue.last && (s.kind === 'demonym' || s.kind === 'prefix') && s !== subject && !isFirm(doc, s) && !sameParty(partyOf(s), partyOf(subject))) : undefined);
    if (cue.value.subject === 'holder') { imposer = partyOf(subject); target = partyOf(other); }
    else { imposer = partyOf(other); target = partyOf(subject); }
  } else {
    // "US-Zölle", "EU-Sanktionen": an abbreviated prefix names who imposes; a country's name
    // ("Russland-Sanktionen", "Iran-Embargo") names whom the measure is against
    const prefixed = inClause.find((s) => s.kind === 'prefix' && cue.at.includes(s.first));
    // English noun adjuncts alike: "the China embargo", "Iran sanctions" (but "US tariffs", "EU sanctions")
    const adjunct = cue.value.noun ? inClause.find((s) => s.kind === 'mention' && s.last === cue.first - 1
      && !/^\p{Lu}{2,}$/u.test(doc.tokens[s.last].text) && s.mention?.type !== 'ORG' && s.mention?.type !== 'PER') : undefined;
    const byName = (prefixed && !/^\p{Lu}{2,}-/u.test(doc.tokens[prefixed.first].text)) || !!adjunct;
    const onCue = byName ? undefined : prefixed;
    const named = adjunct ?? prefixed;
    // a company imposes no tariff, export control, sanction, quota or investment rule
    const mayImpose = (STATE_ONLY.has(instrument) ? parties.filter((s) => !isFirm(doc, s)) : parties).filter((s) => s !== adjunct);
    const inClauseMay = mayImpose.filter((s) => s.first >= cFrom && s.first < cTo);
    const imposerSlot = onCue ?? ownerOf(doc, mayImpose, cue) ?? subjectOf(doc, inClauseMay, cue)
      ?? inClauseMay.find((s) => s.first > cue.last && s.prep !== null && lex.agentPreps.has(s.prep))
      ?? subjectOf(doc, mayImpose, cue);
    imposer = partyOf(imposerSlot) ?? eventParty(doc, event, 'source');
    // a purchase stop of a firm's products is a boycott of that firm ("keine Nvidia-Chips mehr verwenden")
    const firm = cue.value.purchase ? inRegion.find((s) => s.first > cue.first && isFirm(doc, s) && !sameParty(partyOf(s), imposer)) : undefined;
    if (firm) instrument = 'boycott';
    // "Germany and France called for the embargo to be lifted": a partner of the subject is no target
    const candidates = inRegion.filter((s) => s !== imposerSlot && !sameParty(partyOf(s), imposer) && !coordinated(doc, imposerSlot, s));
    const targetSlot = firm
      ?? (byName && named && !sameParty(partyOf(named), imposer) ? named : undefined)
      ?? candidates.find((s) => s.first > cue.first && isTargetPrep(lex, s.prep, instrument))
      ?? candidates.find((s) => isTargetPrep(lex, s.prep, instrument))
      ?? candidates.find((s) => s.first > cue.first && (s.kind === 'demonym' || s.kind === 'prefix' || s.kind === 'part'))
      ?? candidates.find((s) => s.first > cue.last && s.prep === null)
      ?? candidates.find((s) => s.prep === null)
      ?? (single ? parties.find((s) => isTargetPrep(lex, s.prep, instrument) && !sameParty(partyOf(s), imposer)) : undefined);
    target = partyOf(targetSlot);
    if (!target) {
      const t = eventParty(doc, event, 'target');
      // the event's target, unless it is a participant this cue already ruled out (a partner of the subject)
      const ruledOut = t?.actor ? parties.some((s) => s.actor === t.actor && coordinated(doc, imposerSlot, s)) : false;
      if (t && !ruledOut && !sameParty(t, imposer)) target = t;
    }
  }
  if (!imposer && !target) return;
  if (sameParty(imposer, target)) return;
  const goods = findGoods(doc, lex, words, cue, rFrom, rTo, sTo);
  // a dependence is on something; so is a quota ("quotas on asylum" are no trade lever)
  if ((instrument === 'dependence' || instrument === 'quota') && !goods.length) return;
  const { direction, act } = findDirection(lex, words, cue, cFrom, cTo);
  const status: LeverStatus = event?.status === 'negated' || negated(lex, words, cue, cFrom) ? 'negated'
    : direction ? STATUS_OF[direction] : 'in-force';
  const when = leverDate(doc, lex, words, cue, cFrom, cTo, instrument === 'dependence', act, status);
  const quote = quoteAt(doc.quotes, doc.tokens[cue.first].start);
  const sentence = doc.sentences[doc.tokens[cue.first].sentence];
  const base = {
    id: '',
    kind: instrument === 'dependence' ? 'dependence' as const : 'measure' as const,
    instrument,
    direction: instrument === 'dependence' ? null : direction,
    status: instrument === 'dependence' ? 'in-force' as const : status,
    imposer: imposer?.actor ? [imposer.actor] : [],
    target: target?.actor ? [target.actor] : [],
    imposerCountry: imposer?.country ?? null,
    targetCountry: target?.country ?? null,
    magnitude,
    date: when.value,
    dateText: when.text,
    dateBasis: when.basis,
    cue: tokenSpan(doc, cue.first, cue.last),
    evidence: { start: sentence.start, end: sentence.end } as Span,
    event: event?.id ?? null,
    quote: quote?.id ?? null,
    speaker: quote?.speakerActor ?? null,
  };
  if (!goods.length) {
    out.push({ lever: { ...base, good: null, goodText: null }, sentence: sentenceIndex });
    return;
  }
  for (let k = 0; k < goods.length; k++) out.push({ lever: { ...base, good: goods[k].code, goodText: goods[k].span }, sentence: sentenceIndex });
}

/**
 * The subject: the first participant without preposition in the clause before the cue; else one
 * between the cue's words ("verbietet die EU die Einfuhr"); else null.
 */
function subjectOf(doc: Doc, slots: Slot[], cue: Cue): Slot | null {
  return slots.find((s) => s.first < cue.first && s.prep === null)
    // inside a cue only a whole name, and no firm in a purchase stop ("keine Nvidia-Chips mehr")
    ?? slots.find((s) => s.first > cue.first && s.first < cue.last && s.prep === null && s.kind === 'mention' && !(cue.value.purchase && isFirm(doc, s)))
    ?? null;
}

/** A participant that can impose or suffer a lever: one with a country, or a named organisation or state without one (the EU). */
function isParty(doc: Doc, s: Slot): boolean {
  if (s.country) return true;
  if (!s.actor) return false;
  // without a country only an international organisation (the EU, the UN) acts as a state does;
  // a person acts for a state only through the country the text or the registry gives them
  const a = doc.actors.find((x) => x.id === s.actor);
  return !!a && a.sector === 'IGO' && a.type !== 'PER';
}

/** Two participants joined by "and" ("Germany and France"). */
function coordinated(doc: Doc, a: Slot | null, b: Slot): boolean {
  if (!a) return false;
  const [x, y] = a.last < b.first ? [a, b] : [b, a];
  return y.first - x.last === 2 && leverLexicon(doc.lang).words.and.has(doc.tokens[x.last + 1].text.toLowerCase());
}

/**
 * The owner the cue's noun phrase names, which beats the clause's subject (who may only talk about
 * the lever): "Straw defended plans to end the European Union's arms embargo" (possessive up to
 * three words before the cue), "die Sanktionen der EU gegen Russland" (German genitive right after it).
 */
function ownerOf(doc: Doc, slots: Slot[], cue: Cue): Slot | null {
  const { possessive, genitive } = leverLexicon(doc.lang).words;
  for (const s of slots) {
    const after = doc.tokens[s.last + 1];
    if (s.last < cue.first && cue.first - s.last <= 4 && after && possessive.has(after.text)) return s;
    if (s.first === cue.last + 2 && genitive.has(doc.tokens[cue.last + 1].text.toLowerCase())) return s;
  }
  return null;
}

function isFirm(doc: Doc, s: Slot): boolean {
  if (!s.mention || s.mention.type !== 'ORG' && s.mention.type !== 'MISC') return false;
  const a = doc.actors.find((x) => x.id === s.actor);
  return !!a && a.type !== 'GPE' && !!a.country && (a.sector === 'BUS' || a.sector === null);
}

function linkedEvent(doc: Doc, cFrom: number, cTo: number, cue: Cue): Event | null {
  const start = doc.tokens[cFrom].start;
  const end = doc.tokens[cTo - 1].end;
  const at = doc.tokens[cue.first].start;
  let best: Event | null = null;
  for (const e of doc.events) {
    if (!LEVER_EVENT_TYPES.has(e.type) || e.trigger.start < start || e.trigger.end > end) continue;
    if (!best || Math.abs(e.trigger.start - at) < Math.abs(best.trigger.start - at)) best = e;
  }
  return best;
}

function eventParty(doc: Doc, e: Event | null, side: 'source' | 'target'): Party | null {
  if (!e) return null;
  const actor = (side === 'source' ? e.source : e.target)[0] ?? null;
  const country = side === 'source' ? e.sourceCountry : e.targetCountry;
  if (country) return { actor, country };
  // without a country only an international organisation (as for the sentence's participants)
  const a = actor ? doc.actors.find((x) => x.id === actor) : undefined;
  return a && a.sector === 'IGO' && a.type !== 'PER' ? { actor, country: null } : null;
}

interface GoodHit {
  code: string;
  span: TextSpan;
}

/**
 * Goods named in the cue's clause, one per code, in text order. The general code ALL
 * ("Einfuhren", "goods") counts only when nothing more specific is named and never inside the cue.
 */
function findGoods(doc: Doc, lex: LeverLexicon, words: string[], cue: Cue, from: number, to: number, sTo: number): GoodHit[] {
  const hits: { hit: GoodHit; at: number }[] = [];
  const none = new Uint8Array(0);
  const scan = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      if (doc.tokens[i].kind !== 'word' || !mayStart(lex.goods, words[i])) continue;
      const m = matchPattern(lex.goods, words, i, none, b, 0);
      if (!m) continue;
      const last = m.at[m.at.length - 1];
      if (!(m.value === 'ALL' && cue.at.includes(i))) hits.push({ hit: { code: m.value, span: tokenSpan(doc, i, last) }, at: i });
      i = last;
    }
  };
  scan(from, to);
  // an enumeration goes on after a comma: "tariffs on US soybeans, pork and cars"
  let end = to;
  while (end < sTo && doc.tokens[end].text === ',' && hits.length) {
    let next = end + 1;
    while (next < sTo && !isClauseBreak(doc, next)) next++;
    const head = end + 1 < sTo && (goodAt(lex, words, end + 1) || (end + 2 < next && goodAt(lex, words, end + 2)));
    if (!head) break;
    scan(end + 1, next);
    end = next;
  }
  // the object of the cue first ("told tech companies to stop buying Nvidia's chips")
  const after = hits.filter((h) => h.at >= cue.first);
  const chosen = after.length ? after : hits;
  const seen = new Map<string, GoodHit>();
  for (const { hit } of chosen) if (!seen.has(hit.code)) seen.set(hit.code, hit);
  const specific = [...seen.values()].filter((g) => g.code !== 'ALL');
  return specific.length ? specific : [...seen.values()];
}

function goodAt(lex: LeverLexicon, words: string[], i: number): boolean {
  return mayStart(lex.goods, words[i]) && matchPattern(lex.goods, words, i, new Uint8Array(0), i + 4, 0) !== null;
}

/**
 * The lever's strength: the amount with a magnitude unit in the clause that is nearer to this cue
 * than to any other cue of the sentence; a fraction ("zwei Drittel") counts as a share.
 */
function findMagnitude(doc: Doc, lex: LeverLexicon, words: string[], cue: Cue, cues: Cue[], cFrom: number, cTo: number, sFrom: number, sTo: number): Amount | null {
  const start = doc.tokens[cFrom].start;
  const end = doc.tokens[cTo - 1].end;
  const candidates: { amount: Amount; at: number }[] = [];
  for (const a of doc.amounts) {
    if (a.start < start || a.end > end || !a.unit || !MAGNITUDE_UNITS.has(a.unit)) continue;
    candidates.push({ amount: a, at: tokenAt(doc, a.start, cFrom, cTo) });
  }
  for (let i = cFrom; i < cTo; i++) {
    const frac = lex.shares.get(words[i]);
    if (frac === undefined) continue;
    let first = i;
    let times = 1;
    const prev = i > sFrom ? doc.tokens[i - 1] : null;
    const n = prev ? (prev.kind === 'num' ? parseNumeral(prev.text, doc.lang) : numberWordValue(words[i - 1], doc.lang)) : null;
    if (n !== null && n > 0 && n < 10) { times = n; first = i - 1; }
    const s = doc.tokens[first].start;
    const e = doc.tokens[i].end;
    candidates.push({ amount: { start: s, end: e, text: doc.text.slice(s, e), value: Number((frac * times).toFixed(4)), unit: 'share' }, at: first });
  }
  let best: { amount: Amount; at: number } | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const d = distance(cue, c.at);
    // an amount that stands nearer to another cue of the sentence is that cue's
    if (cues.some((o) => o !== cue && distance(o, c.at) < d && o.first >= sFrom && o.last < sTo)) continue;
    if (d < bestDist) { best = c; bestDist = d; }
  }
  return best ? best.amount : null;
}

function distance(cue: Cue, i: number): number {
  return i < cue.first ? cue.first - i : i > cue.last ? i - cue.last : 0;
}

function tokenAt(doc: Doc, offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (doc.tokens[i].end > offset) return i;
  return to - 1;
}

/** Words after a negation that make it no negation of the lever ("nicht nur", "not only"). */

/**
 * "will not impose tariffs", "hat die Ausfuhr nicht beschränkt": a negation word (not one of the
 * cue's own words, as in "kauft kein Soja mehr") up to four words before the cue or between its words.
 */
function negated(lex: LeverLexicon, words: string[], cue: Cue, cFrom: number): boolean {
  const none = new Uint8Array(0);
  for (let i = Math.max(cFrom, cue.first - 4); i < cue.last; i++) {
    if (cue.at.includes(i) || lex.words['not-only'].has(words[i + 1])) continue;
    if (mayStart(lex.negation, words[i]) && matchPattern(lex.negation, words, i, none, i + 1, 0)) return true;
  }
  return false;
}

/** The direction word in the clause nearest to the cue, and whether it reports the act itself. */
function findDirection(lex: LeverLexicon, words: string[], cue: Cue, cFrom: number, cTo: number): { direction: LeverDirection | null; act: boolean } {
  let best: { direction: LeverDirection; act: boolean } | null = null;
  let bestDist = Infinity;
  const none = new Uint8Array(0);
  for (let i = cFrom; i < cTo; i++) {
    if (!mayStart(lex.directions, words[i])) continue;
    const m = matchPattern(lex.directions, words, i, none, cTo);
    if (!m) continue;
    const d = distance(cue, i);
    if (d < bestDist) { best = m.value; bestDist = d; }
  }
  return best ? { direction: best.direction, act: best.act } : { direction: null, act: false };
}

/**
 * The lever's date: a date expression in the clause (not the end of a period: "bis Ende Mai");
 * else the article date when a verb reports the act and nothing marks the clause as background
 * (pluperfect, "bereits", "seit", "earlier"); else null. Dependence claims, plans and negated
 * levers take only a date the text gives.
 */
function leverDate(doc: Doc, lex: LeverLexicon, words: string[], cue: Cue, cFrom: number, cTo: number, dependence: boolean, act: boolean, status: LeverStatus): { value: string | null; text: string | null; basis: 'text' | 'article' | null } {
  const start = doc.tokens[cFrom].start;
  const end = doc.tokens[cTo - 1].end;
  let best: { value: string; text: string } | null = null;
  let bestDist = Infinity;
  for (const d of doc.dates) {
    if (d.start < start || d.end > end || PERIOD_END.test(d.text)) continue;
    const i = tokenAt(doc, d.start, cFrom, cTo);
    if (i > cFrom && PERIOD_END.test(words[i - 1])) continue;
    const dist = distance(cue, i);
    if (dist < bestDist) { best = d; bestDist = dist; }
  }
  if (best) return { value: best.value, text: best.text, basis: 'text' };
  if (dependence || !act || status === 'planned' || status === 'negated' || !doc.date) return { value: null, text: null, basis: null };
  const none = new Uint8Array(0);
  for (let i = cFrom; i < cTo; i++) {
    if (mayStart(lex.background, words[i]) && matchPattern(lex.background, words, i, none, cTo, 0)) return { value: null, text: null, basis: null };
  }
  return { value: doc.date, text: null, basis: 'article' };
}

function leverKey(l: Lever): string {
  return `${l.instrument}|${l.imposerCountry ?? l.imposer[0] ?? '-'}|${l.targetCountry ?? l.target[0] ?? '-'}`;
}

function compatible<T>(a: T | null, b: T | null, eq: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
  return a === null || b === null || eq(a, b);
}

const sameAmount = (a: Amount, b: Amount) => a.unit === b.unit && JSON.stringify(a.value) === JSON.stringify(b.value);

/** Fills the empty fields of `into` from `from`. */
function fill(into: Lever, from: Lever): void {
  if (!into.imposer.length) into.imposer = from.imposer;
  if (!into.target.length) into.target = from.target;
  into.imposerCountry ??= from.imposerCountry;
  into.targetCountry ??= from.targetCountry;
  if (!into.good) { into.good = from.good; into.goodText = from.goodText; }
  into.magnitude ??= from.magnitude;
  into.direction ??= from.direction;
  if (!into.date) { into.date = from.date; into.dateText = from.dateText; into.dateBasis = from.dateBasis; }
  into.event ??= from.event;
}

/**
 * Within one sentence, cues of one instrument between the same parties are one lever when their
 * goods agree (equal or one unnamed): "suspend the tariffs ..., cutting US duties on Chinese
 * goods to 30 percent". A sanctions package that names a concrete measure between the same
 * parties is the frame of that measure, not a second lever. The levers kept are pushed to `into`.
 */
function mergeSentence(found: Draft[], into: Draft[]): void {
  const out: Draft[] = [];
  for (const d of found) {
    const l = d.lever;
    const twin = out.find((o) => leverKey(o.lever) === leverKey(l) && compatible(o.lever.good, l.good));
    if (twin) { fill(twin.lever, l); continue; }
    out.push(d);
  }
  for (let k = 0; k < out.length; k++) {
    const d = out[k];
    if (d.lever.instrument !== 'sanctions' || !out.some((o) => o !== d && o.lever.kind === 'measure'
      && o.lever.instrument !== 'sanctions' && o.lever.imposerCountry === d.lever.imposerCountry && o.lever.targetCountry === d.lever.targetCountry)) into.push(d);
  }
}

/** Both parties known. (At module level: a closure made per call deoptimised extractLevers, "wrong call target".) */
function bothSides(l: Lever): boolean {
  return hasImposer(l) && hasTarget(l);
}

/**
 * The same lever named again later in the article ("das Embargo", "the tariffs") is kept once:
 * same instrument, parties and good, compatible direction, magnitude and date. A mention that
 * names only one party ("das US-Embargo auf KI-Halbleiter", "der Rückschlag für die USA in puncto
 * Halbleiterembargo") is a mention of a complete lever of the same instrument and good in which
 * that party takes part, on either side, and is merged into it.
 */
function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const l = d.lever;
    const twin = out.find((o) => leverKey(o.lever) === leverKey(l) && o.lever.good === l.good
      && compatible(o.lever.direction, l.direction) && compatible(o.lever.magnitude, l.magnitude, sameAmount)
      && compatible(o.lever.date, l.date));
    if (twin) { fill(twin.lever, l); continue; }
    out.push(d);
  }
  return out.filter((d) => {
    const l = d.lever;
    if (bothSides(l)) return true;
    const known = hasImposer(l) ? side(l, 'imposer') : side(l, 'target');
    const whole = out.find((o) => o !== d && bothSides(o.lever) && o.lever.instrument === l.instrument && o.lever.good === l.good
      && (side(o.lever, 'imposer') === known || side(o.lever, 'target') === known)
      && compatible(o.lever.magnitude, l.magnitude, sameAmount));
    if (!whole) return true;
    fill(whole.lever, { ...l, imposer: [], target: [], imposerCountry: null, targetCountry: null });
    return false;
  });
}

/**
 * What a lever needs to be kept: an imposer (a measure nobody is named to impose, "talks on steel
 * quotas", or a dependence without a holder, "Abhängigkeit vom Ölpreis", is no lever of a state);
 * sanctions and boycotts also a target (a listing lists someone: "eine schwarze Liste von
 * Steueroasen" names none); other measures a target or a good.
 */
function complete(l: Lever): boolean {
  if (!hasImposer(l)) return false;
  if (l.instrument === 'sanctions' || l.instrument === 'boycott') return hasTarget(l);
  // a measure with neither target nor good ("die Umrechnung von Zoll in Meter") says nothing
  return l.kind === 'dependence' || hasTarget(l) || l.good !== null;
}

function hasImposer(l: Lever): boolean {
  return !!(l.imposerCountry || l.imposer.length);
}

function hasTarget(l: Lever): boolean {
  return !!(l.targetCountry || l.target.length);
}

function side(l: Lever, which: 'imposer' | 'target'): string {
  return which === 'imposer' ? l.imposerCountry ?? l.imposer[0] ?? '-' : l.targetCountry ?? l.target[0] ?? '-';
}

/**
 * Finds PLOVER events in a document: trigger patterns per sentence, then source and target from
 * the sentence's actor slots, status, date, place, quote. Rules in docs/events.md.
 *
 * Source: a country prefix on the trigger word ("US-Zölle"), else the first actor without a
 * preposition in the trigger's clauses before the pattern's last word (the subject), else the
 * nearest one before them, else the first one after; inside a quote the speaker when none.
 * Target: an actor after one of the pattern's prepositions ("mit", "gegen", "nach"), else for
 * "obj" an actor without preposition other than the source, else for "any" the nearest actor of
 * another country.
 *
 * @example
 * extractEvents(doc); // doc.events = [{ type: 'CONSULT', mode: 'phone', ... }]
 */
import type { Actor, Event, EventStatus, Place, Quote } from '../contract/schema.js';
import type { Doc } from '../doc/doc.js';
import { countryDisplayName, countryOfDemonym } from '../actors/countries.js';
import { clauseRange, isClauseBreak } from './clauses.js';
import { geocode } from './places.js';
import { barePluralAt } from './bare-plurals.js';
import { agentNounMatch, compoundHeadAgrees, suffixOnlyMatch, matchAtOrBefore, patterns, type Pattern, type PatternMatch } from './patterns.js';
import { dateWords, eventContext, sentenceSlots, type EventContext, type Slot } from './slots.js';
import { eventStatus } from './status.js';
import { agentPreps, isPassive, isPassiveAux, passiveAuxiliaries } from './passive.js';
import { eventDate } from './when.js';
import { civilianBlockade, codeByStatus } from './coding.js';
import { tokenLower } from '../doc/token-lower.js';
import { compiled, hasLexicon, lexicon, lexiconSet } from '../lang/lexicon.js';
import { eventGrammar, type EventGrammar, type EventMorphology } from '../lang/event-grammar.js';
import { packOf } from '../lang/packs.js';
import { optionalColumn, optionalSet } from './words.js';
import { conjuncts } from './participants.js';
import { caseRoles, type CaseRoles } from './case-roles.js';
import { homePrefixed, nearCountry, storyCountry, storyDate } from './de/story.js';
import { fillCountry } from './de/countries.js';
import { nounArguments } from './de/nominal.js';
import { circumstanceBefore, existentialClause, nounReported } from './de/light-verbs.js';
import { governingClause } from './de/infinitive.js';
import { reportedStatus } from './de/status-de.js';
import { lemmaMatch } from './de/lemma-triggers.js';
import { closingParticle } from './de/particles.js';
import { emptyList } from './lists.js';
import { startsLower, startsUpper } from '../doc/letter-case.js';

/** Types whose coordinated subjects act with each other ("X and Y agreed / met / signed / clashed"). */
const RECIPROCAL = new Set<string>(['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'ASSAULT']);
const TOGETHER = new Set<string>(['CONSULT', 'AGREE', 'COOPERATE']);

/** Acts that need no recipient and are coded as aimed at the country where they happen (a protest, a state of emergency). */
const DOMESTIC = new Set<string>(['PROTEST', 'COERCE', 'MOBILIZE']);

/** Material acts of a state on its own people that German reports code as domestic events. */
const DOMESTIC_ACTS = new Set<string>(['COERCE', 'ASSAULT', 'SANCTION', 'RETREAT', 'CONCEDE', 'MOBILIZE']);

/** Types whose German nouns without participants are mostly topics ("Hilfe", "Zusammenarbeit", "Verhandlungen"). */
const TOPIC_NOUNS = new Set<string>(['AID', 'COOPERATE', 'SUPPORT', 'CONSULT', 'AGREE']);

/** Conflict acts whose nouns in a planned clause without participants are a topic, not an announced act. */
const PLANNED_TOPICS = new Set<string>(['ASSAULT', 'PROTEST', 'COERCE', 'SANCTION', 'MOBILIZE']);

/** Modes of acts done to someone (PLOVER COERCE arrest/deport, RETREAT release, ASSAULT abduct): they need that someone. */
const PATIENT_MODES = new Set<string>(['arrest', 'release', 'deport', 'abduct']);

/** German verbs whose "zu" infinitive clause is their content, not an event of its own. */
const CONTENT_TAKERS = new Set<string>(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT', 'AGREE']);


/** Adds doc.events (replacing any earlier ones). */
export function extractEvents(doc: Doc): void {
  doc.events = [];
  const set = patterns(doc.lang);
  const toks = doc.tokens;
  if (!set.all.length || !toks.length) return;
  const pack = packOf(doc.lang);
  const g = eventGrammar(pack);
  const morph = g.morphology;
  const capitalised = pack.grammar.capitalisedNouns;
  // one pass over the document's words; context and slots are built only where a pattern matches
  // lower-cased words, shared with the other stages (punctuation and numbers kept as they are)
  const words = tokenLower(toks);
  const used = new Uint8Array(toks.length);
  let ctx: EventContext | null = null;
  let quoteAt: (offset: number) => Quote | null = () => null;
  let from = 0;
  while (from < toks.length) {
    const sIdx = toks[from].sentence;
    let to = from;
    while (to < toks.length && toks[to].sentence === sIdx) to++;
    const sentence = doc.sentences[sIdx];
    if (sentence && !sentence.header) {
      let slots: Slot[] | null = null;
      // (one check per sentence, not a closure per token)
      const end = to;
      const check = morph && g.verbBracket ? (x: PatternMatch) => closingParticle(doc, morph, words, x, end, used) : undefined;
      const found: Found[] = [];
      for (let i = from; i < to; i++) {
        // (verb-final clause, verb bracket: the verb's complements stand before it; matchBefore)
        // (a separable verb's particle closes its clause, "lehnte den Plan ab.": after "sagte ... zu" a
        // word makes "zu" an infinitive marker, "zu terrorisieren", after "warf ... vor" a preposition;
        // a later particle of the same word that closes the clause is the verb's)
        let m = matchAtOrBefore(set, words, i, used, from, to, g.verbBracket && startsLower(toks[i].text), check);
        // compounds: the head decides ("Verhandlungsposition" is no talks)
        if (m && morph && capitalised && m.at[0] === i && startsUpper(toks[i].text)) {
          const head = morph.nounHeadStart(toks[i].text);
          if (head > 0 && !compoundHeadAgrees(m.pattern, words[i], head)) m = null;
        }
        // a lower-case word ending in a compound pattern is a prefixed verb ("betreffen" is no "*treffen")
        if (m && capitalised && m.at[0] === i && /^\p{Ll}/u.test(toks[i].text) && suffixOnlyMatch(m.pattern, words[i])) m = null;
        // a verb prefix with an agent-noun ending names people ("Unterstützer", "Streikenden")
        if (m && capitalised && m.at[0] === i && startsUpper(toks[i].text) && agentNounMatch(m.pattern, words[i], optionalSet(doc.lang, 'event-agent-endings'))) m = null;
        // by lemma through the pack's morphology where no form pattern matched
        if (!m && morph) m = lemmaMatch(doc, morph, words, i, from, to, used);
        if (!m) continue;
        for (const k of m.at) used[k] = 1;
        if (!ctx) {
          ctx = eventContext(doc);
          quoteAt = quoteLookup(doc.quotes);
        }
        const qa = quoteAt;
        slots ??= sentenceSlots(ctx, from, to, (o) => qa(o)?.speakerActor ?? null);
        const ev = buildEvent(ctx, g, m, from, to, slots, quoteAt, words);
        if (ev) found.push(ev);
      }
      if (ctx) {
        for (const f of oneEventPerTrigger(ctx, g, found)) {
          doc.events.push(f.event);
          // pushed, not returned: a returned empty [] and a filled array are two array maps, and
          // each new mix deoptimised this loop ("wrong map")
          pushCoordinatedSources(ctx, f, doc.events);
          pushCoordinatedTargets(ctx, f, doc.events);
        }
      }
    }
    from = to;
  }
  if (!ctx) return;
  doc.events = dedupe(ctx, doc.events);
  dropUnusedUnnamed(ctx);
  doc.events.forEach((e, i) => { e.id = `e${i + 1}`; });
}

/**
 * A copy of an event of this stage with other participants: one literal in the event's field
 * order, so copies share the hidden class of the events buildEvent makes (a spread copy made
 * another, and extractEvents was deoptimised and recompiled for each mix, "wrong map").
 */
function copyEvent(e: Event, source: string[], sourceCountry: string | null, target: string[], targetCountry: string | null): Event {
  return {
    id: e.id, type: e.type, mode: e.mode, context: e.context, source, target, sourceCountry, targetCountry,
    date: e.date, dateText: e.dateText, place: e.place, status: e.status, score: e.score,
    trigger: e.trigger, evidence: e.evidence, quote: e.quote,
  };
}

/** The event `f` done by each other member of its coordinated subject (its final target, when it has one). */
function pushCoordinatedSources(ctx: EventContext, f: Found, out: Event[]): void {
  const e = f.event;
  if (!f.also?.length || !e.source.length || (!e.target.length && !e.targetCountry)) return;
  // (no read past the end of an empty target: an 'out of bounds' deopt of extractEvents, which inlines this)
  const t = e.target.length ? e.target[0] : null;
  for (const m of f.also) {
    // (`t === null ||` first: a string compared with null was a 'not a String' deopt of extractEvents)
    if ((t === null || m.source !== t) && acceptable(ctx, m.source, m.sourceCountry, t, e.targetCountry)) out.push(copyEvent(e, [m.source], m.sourceCountry, e.target, e.targetCountry));
  }
}

/** The event `f` done to each other member of its coordinated object, while it keeps the target they were found with. */
function pushCoordinatedTargets(ctx: EventContext, f: Found, out: Event[]): void {
  const e = f.event;
  if (!f.alsoTo?.length || !f.targetOf || !e.target.length || e.target[0] !== f.targetOf) return;
  const s = e.source.length ? e.source[0] : null;
  for (const m of f.alsoTo) {
    if ((s === null || m.target !== s) && acceptable(ctx, s, e.sourceCountry, m.target, m.targetCountry)) out.push(copyEvent(e, e.source, e.sourceCountry, [m.target], m.targetCountry));
  }
}

/** Unnamed participants created for events that were then dropped or given another participant are removed again. */
function dropUnusedUnnamed(ctx: EventContext): void {
  if (!ctx.unnamed.size) return;
  const { doc } = ctx;
  const used = new Set<string>();
  for (const e of doc.events) for (const id of [...e.source, ...e.target]) used.add(id);
  const gone = new Set([...ctx.unnamed].filter((id) => !used.has(id)));
  if (!gone.size) return;
  const goneMentions = new Set(doc.actors.filter((a) => gone.has(a.id)).flatMap((a) => a.mentions));
  doc.actors = doc.actors.filter((a) => !gone.has(a.id));
  doc.mentions = doc.mentions.filter((m) => !goneMentions.has(m.id));
}

/**
 * The first quote (in `quotes` order) with a span holding `offset`, found by binary search over
 * the spans sorted by start: a scan of all quotes per event made long articles quadratic
 * (640 KB of German news: 6 s in this stage; found by src/read/fuzz.test.ts).
 */
function quoteLookup(quotes: readonly Quote[]): (offset: number) => Quote | null {
  const spans: { start: number; end: number; q: number }[] = [];
  quotes.forEach((quote, q) => { for (const sp of quote.spans) spans.push({ start: sp.start, end: sp.end, q }); });
  spans.sort((a, b) => a.start - b.start);
  // maxEnd[i]: the furthest end among spans[0..i], so the backward walk stops early
  const maxEnd: number[] = [];
  for (let i = 0; i < spans.length; i++) maxEnd.push(Math.max(spans[i].end, i ? maxEnd[i - 1] : -1));
  return (offset) => {
    let lo = 0;
    let hi = spans.length; // first span starting after offset
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    for (let i = lo - 1; i >= 0 && maxEnd[i] > offset; i--) {
      if (offset < spans[i].end && (best < 0 || spans[i].q < best)) best = spans[i].q;
    }
    return best < 0 ? null : quotes[best];
  };
}

/** An event found in a sentence, with what the per-sentence rules need. */
interface Found {
  event: Event;
  /** token indexes: the trigger (first element), the anchor, the pattern's last token */
  trigger: number;
  anchor: number;
  /** first and last token of the pattern (a verb-final match starts before its trigger) */
  first: number;
  last: number;
  /** how well the participants are named (slotQuality of source plus target) */
  quality: number;
  /** no target yet: kept only if it absorbs a nested event and takes its target */
  provisional: boolean;
  /** German: the clause before the comma that governs the trigger's "zu" infinitive clause */
  governing?: [number, number] | null;
  /** the source is only implied: the state where an act without a named actor happened */
  implied?: boolean;
  /** the other members of a coordinated subject, who do the same act */
  also?: { source: string; sourceCountry: string | null }[];
  /** the other members of a coordinated object, who receive the same act, and the target they were found with */
  alsoTo?: { target: string; targetCountry: string | null }[];
  targetOf?: string | null;
}

/** A participant named by a name (3) beats a pronoun or agent noun (2), a country alone (1.5), a bare noun phrase (1). */
function slotQuality(s: Slot | null, viaSpeaker: boolean): number {
  if (!s) return viaSpeaker ? 2 : 0;
  if (s.phrase) return 1;
  if (s.kind === 'mention' || s.kind === 'prefix' || s.kind === 'demonym') return s.actor ? 3 : 1.5;
  return 2;
}

function buildEvent(ctx: EventContext, g: EventGrammar, m: PatternMatch, sFrom: number, sTo: number, slots: Slot[], quoteAt: (o: number) => Quote | null, words: string[]): Found | null {
  const { doc } = ctx;
  const p = m.pattern;
  const at = m.at;
  const trigger = at[0];
  const anchor = m.anchor >= 0 ? m.anchor : at[p.anchor];
  const range = clauseRange(doc, Math.min(...at), Math.max(...at), sFrom, sTo);
  // "X kündigte an, ... zu verlegen": the clause before the comma gives subject and status
  const governing = g.commaInfinitive ? governingClause(doc, g.commaInfinitive, anchor, range, sFrom) : null;
  let status: EventStatus = eventStatus(doc, governing ? [governing[0], range[1]] : range, at, sFrom, anchor, words);
  const quote = quoteAt(doc.tokens[trigger].start);

  let src: Slot | null;
  let tgt: Slot | null;
  // the agent follows an English participle ("criticized by X") and stands in the German middle
  // field before it ("wurde von Frankreich verurteilt")
  const agentFrom = g.verbBracket ? middleFieldFrom(doc, words, range[0], anchor) : anchor + 1;
  const agents = agentPreps(doc.lang);
  // (asked up to four times below: the answer depends only on the anchor and the sentence)
  const passive = isPassive(doc, anchor, sFrom);
  let agent = passive ? slots.find((s) => s.first >= agentFrom && s.first < range[1] && s.first !== anchor && s.prep !== null && agents.has(s.prep)) : undefined;
  // verb bracket, Vorfeld: "Von der Opposition wurde der Besuch kritisiert": the agent phrase opens the
  // main clause before its finite auxiliary
  if (!agent && g.verbBracket && agentFrom > range[0] + 1 && agents.has(words[range[0]]) && passive) {
    agent = slots.find((s) => s.first > range[0] && s.last < agentFrom - 1 && s.prep !== null && agents.has(s.prep));
  }
  // "Bei Luftangriffen Israels wurden zwölf Menschen getötet": the attack named as the circumstance
  // of an agentless passive attack has its actor in the genitive
  if (!agent && passive && g.morphology && p.type === 'ASSAULT') agent = circumstanceAttacker(doc, g.morphology, words, slots, range, sFrom, sTo) ?? undefined;
  // "X was arrested in Rwanda": without an agent, the state where it happened acted on the subject
  let placed: [Slot, Slot] | null = null;
  if (!agent && passive) {
    const subject = passiveSubject(doc, g, slots, range, anchor, sFrom, null);
    const where = slots.find((s) => s.first > anchor && s.last < range[1] && s.prep === 'in' && s.kind === 'mention' && isState(ctx, s.actor));
    if (subject && where?.country && where.country !== subject.country) placed = [where, subject];
  }
  // a passive without agent or place ("als sie beschossen wurden") names no source: the subject is
  // what was acted on, so reading it as the actor would turn the event round (story context: the
  // state where it happened acted)
  const agentless = !placed && !agent && g.storyContext && trigger === anchor && passive;
  if (placed) {
    [src, tgt] = placed;
  } else if (agentless) {
    // the unnamed agent of "wurden 60 Journalisten festgenommen" is the state where it happened
    const where = slots.find((s) => s.first >= range[0] && s.last < range[1] && s.prep === 'in' && s.kind === 'mention' && isState(ctx, s.actor))?.country ?? nearCountry(doc, doc.tokens[anchor].start);
    if (!where) return null;
    src = { first: anchor, last: anchor, actor: ctx.countryActor.get(where)?.id ?? null, country: where, prep: null, kind: 'demonym' };
    tgt = passiveSubject(doc, g, slots, range, anchor, sFrom, null) ?? relativeAntecedent(ctx, slots, range, sFrom);
  } else if (agent) {
    // passive: "Arafat was criticized by Bush administration officials" → source after "by", target the subject
    src = agent;
    tgt = passiveSubject(doc, g, slots, range, anchor, sFrom, agent);
    // verb bracket: the subject may stand in an earlier clause part ("Der Präsident, der ..., wurde ... aufgefordert")
    if (!tgt && g.verbBracket) tgt = slots.filter((s) => s !== agent && s.prep === null && s.kind !== 'part' && s.last < range[0] && s.first >= sFrom).pop() ?? null;
  } else {
    const verb = /^\p{Ll}/u.test(doc.tokens[trigger].text) ? finiteVerb(doc, words, at, anchor, range) : null;
    const roles = g.morphology ? caseRoles(doc, g.morphology, verb, sFrom) : null;
    // "China-Besuch", "Russland-Reise": a country before a visit names where the visit goes, not who visits
    const dest = p.mode === 'visit' ? slots.find((s) => (s.kind === 'prefix' || s.kind === 'part') && s.first === trigger && s.country) ?? null : null;
    const others = dest ? slots.filter((s) => s !== dest) : slots;
    src = pickSource(others, p, trigger, anchor, range, words, demonymBefore(ctx, trigger, sFrom), roles);
    if (governing) src = slots.find((s) => s.first >= governing[0] && s.last < governing[1] && s.prep === null && s.kind !== 'part') ?? src;
    // nominal events: nouns name their own participants ("der Angriff Russlands auf Kiew")
    // (a noun alone: in a verb construction such as "der Ukraine Panzer geliefert" the verb carries the event)
    const noun = g.nominalEvents && at.length === 1 && /^\p{Lu}/u.test(doc.tokens[trigger].text) && trigger > sFrom;
    const own = noun ? nounArguments(ctx, others, trigger, range, p) : null;
    // "Die Verhandlungen wurden von Italien abgebrochen": the agent of a passive light verb whose
    // subject the noun is acts (not of a verb that is an event of its own: "Der Angriff wurde von X verurteilt")
    if (noun && !own) {
      const agent = lightPassiveAgent(doc, others, trigger, range);
      if (agent && nounReported(doc, g.morphology, trigger, range)) src = agent;
    }
    // "Bei einem Anschlag auf einen Markt starben zwölf Menschen": the people of the main clause are
    // the victims; the unnamed perpetrators take the place's or the story's country
    const circumstance = noun && !own && circumstanceBefore(doc, trigger, range);
    status = reportedStatus(doc, g.morphology, range, anchor, status, circumstance);
    // ("Bei einem Besuch in Bagdad lobte der Außenminister ...": a visit, talks or aid as the circumstance
    // are the subject's own act, aimed at the place or partner right after the noun)
    const ownCircumstance = circumstance && TOPIC_NOUNS.has(p.type) && !!src;
    if (!ownCircumstance && (circumstance || (noun && !own && !src && existentialClause(doc, range)))) {
      const where = findPlace(ctx, slots, range, null, null)?.country ?? nearCountry(doc, doc.tokens[trigger].start);
      if (where) src = { first: trigger, last: trigger, actor: ctx.countryActor.get(where)?.id ?? null, country: where, prep: null, kind: 'demonym' };
    }
    // a noun that names none of its participants is an event only beside a light verb or as a circumstance
    // (cooperative nouns: "begrüßte die Hilfe", "die Zusammenarbeit sei wichtig" name a topic, not an event)
    if (noun && !own && TOPIC_NOUNS.has(p.type) && !nounReported(doc, g.morphology, trigger, range)) return null;
    // a conflict noun in a clause that announces something else ("will die Bevölkerung über bevorstehende
    // Angriffe informieren") is its topic, not an announced act: only a light verb announces it
    if (noun && !own && status === 'planned' && PLANNED_TOPICS.has(p.type) && !nounReported(doc, g.morphology, trigger, range)) return null;
    // subject-verb clauses: a source found only after the trigger is no subject; the noun phrase
    // opening the clause is ("Tens of thousands of people in X protested ...")
    if (g.phraseParticipants && src && src.first > anchor && !agentPreps(doc.lang).has(src.prep ?? '')) {
      const np = range[0] < anchor ? phraseSlot(doc, range[0], anchor, null, ctx.inDate) : null;
      if (np) src = np;
    }
    if (own?.src) src = own.src;
    // "die Festnahme des Journalisten" with no agent: the state where it happened, as for agentless passives
    else if (own?.tgt) {
      const where = findPlace(ctx, slots, range, null, own.tgt)?.country ?? nearCountry(doc, doc.tokens[trigger].start);
      src = where ? { first: trigger, last: trigger, actor: ctx.countryActor.get(where)?.id ?? null, country: where, prep: null, kind: 'demonym' } : null;
    }
    tgt = own?.tgt ?? (ownCircumstance ? slots.find((s) => s.first > trigger && s.first - trigger <= 4 && s.prep !== null && p.targetCues.includes(s.prep)) : null)
      ?? dest ?? pickTarget(slots, p, src, anchor, range, g.verbBracket, roles);
    // "kritisierte, dass Peking ...": the subject of the object clause (event-object-clauses) is the target
    if (!tgt && p.targetCues.includes('obj')) tgt = thatClauseSubject(ctx, slots, range, sTo, src);
    // verb-object with phrase participants: "stormed a migrant camp in Calais" — an object noun
    // phrase right after the trigger is the target, not a participant further on ("... used by US forces")
    if (g.phraseParticipants && tgt && tgt.first > anchor + 1 && tgt.prep === null && p.targetCues.includes('obj')) {
      const np = phraseSlot(doc, anchor + 1, range[1], null, ctx.inDate);
      const ends = !!np && (np.last + 1 >= range[1] || doc.tokens[np.last + 1].kind === 'punct' || OBJECT_ENDS.has(doc.tokens[np.last + 1].text.toLowerCase()));
      if (np && ends && np.first > anchor + 1 && np.last < tgt.first && !slots.some((s) => s.first <= np.last && s.last >= np.first)) tgt = np;
    }
  }
  // "threatened to impose sanctions on Britain", "agreed to send aid to Gaza": the target of the
  // infinitive the trigger governs, the first named participant after it in the clause
  if (!tgt && src && words[anchor + 1] === 'to' && doc.tokens[anchor + 2]?.kind === 'word') {
    const from = src;
    tgt = slots.find((s) => s !== from && s.actor !== from.actor && s.first > anchor + 1 && s.last < range[1]
      && (s.kind === 'mention' || s.kind === 'prefix' || s.kind === 'demonym')) ?? null;
  }
  // "The US and the Taliban signed a pact": the second of two coordinated subjects is the partner
  // (for acts done together; "The US and the EU condemned the attack" keeps looking for its object)
  // "Russia and Ukraine held talks in Istanbul": the partner of a reciprocal act beats the place it happened in
  if (tgt && src && (tgt.prep === 'in' || tgt.prep === 'at') && RECIPROCAL.has(p.type)) tgt = coordinated(doc, slots, src) ?? tgt;
  // "Trump and Putin agreed to share information on North Korea": for acts only done together the partner
  // beats any target not reached through one of the pattern's prepositions ("held talks with X" keeps X)
  if (tgt && src && TOGETHER.has(p.type) && !(tgt.prep && p.targetCues.includes(tgt.prep))) tgt = coordinated(doc, slots, src) ?? tgt;
  if (!tgt && src && (g.coordinatedPartners === 'all' || RECIPROCAL.has(p.type))) tgt = coordinated(doc, slots, src);
  // three or more coordinated subjects are no pair of partners ("Frankreich, Italien und Spanien verurteilten ...")
  if (tgt && src && conjuncts(doc, slots, src).length >= 2 && conjuncts(doc, slots, src).includes(tgt)) tgt = null;
  // phrase participants: a participant that is no name nor agent noun ("condemned the attack") is
  // taken as the noun phrase itself, so the event keeps its target (docs/events.md, "Unnamed participants")
  if (g.phraseParticipants) {
    if (!tgt && src) {
      // "mobilized the army against X": the phrase after a target preposition, else after the trigger
      for (const cue of p.targetCues) {
        // "attacked an army base in the province": the object phrase comes before "in"
        if (cue === 'obj') tgt = phraseSlot(doc, anchor + 1, range[1], null, ctx.inDate, true);
        for (let i = anchor + 1; i < range[1] && !tgt; i++) if (doc.tokens[i].text.toLowerCase() === cue) tgt = phraseSlot(doc, i + 1, range[1], null, ctx.inDate);
        if (tgt) break;
      }
      tgt ??= phraseSlot(doc, anchor + 1, range[1], p, ctx.inDate);
    }
    if (!src && tgt) src = phraseSlot(doc, range[0], anchor, null, ctx.inDate);
    if (!tgt && src) tgt = coordinated(doc, slots, src);
  }
  let source = slotActor(ctx, src);
  let sourceCountry = src?.country ?? (source ? ctx.actorById.get(source)?.country ?? null : null);
  if (!src && quote?.speakerActor) {
    source = quote.speakerActor;
    sourceCountry = ctx.actorById.get(source)?.country ?? null;
  }
  const target = slotActor(ctx, tgt);
  let targetCountry = tgt?.country ?? (target ? ctx.actorById.get(target)?.country ?? null : null);
  // story context: unnamed and stateless participants take the event's place or the story's country
  let homeTarget = false;
  // (reported speech: the speaker's country, "Westerwelle erklärte, die Regierung erkenne an, ...")
  const speakerCountry = quote?.speakerActor && quote.speakerActor !== source ? ctx.actorById.get(quote.speakerActor)?.country ?? null : null;
  const clausePlace = g.storyContext ? findPlace(ctx, slots, range, src, tgt)?.country ?? null : null;
  const homePlace = g.storyContext ? clausePlace ?? speakerCountry ?? (agentless ? src?.country ?? null : null) ?? storyCountry(doc) : null;
  if (homePlace) {
    // "Der Bundesinnenminister kritisierte Russland": with no place in its clause, a "Bundes-" noun
    // (event-home-prefixes) is of the home country, not of the state the story names most
    sourceCountry = fillCountry(ctx, source, sourceCountry, homeOf(doc, src, clausePlace, homePlace));
    targetCountry = fillCountry(ctx, target, targetCountry, homeOf(doc, tgt, clausePlace, homePlace));
    // a recipient-less act of a group or person (a protest, a state of emergency) is directed at
    // its own country; a state with no recipient ("China is in no hurry for an agreement") is not
    // (so is one whose unnamed actor was taken to be the state where it happened)
    const implied = !!src && src.first === trigger && src.kind === 'demonym' && !src.mention;
    if (!target && !targetCountry && source && (!isState(ctx, source) || DOMESTIC.has(p.type) || implied)) { targetCountry = homePlace; homeTarget = true; }
  }
  if (!source && !sourceCountry) return null;
  // without a target the event may still take the one of the act it governs ("rejected any
  // cooperation with the ICC"): kept provisionally, see oneEventPerTrigger
  const provisional = !target && !targetCountry;
  // story context: a state's authorities arresting, attacking or releasing its own people is a domestic event
  // one actor named twice is no source and target ("die NATO ... durch NATO-Angriffe")
  if (source && target && source !== target && ctx.actorById.get(source)?.name === ctx.actorById.get(target)?.name) return null;
  const domesticAct = g.storyContext && DOMESTIC_ACTS.has(p.type) && source !== target;
  if (!provisional && !agentless && !homeTarget && !domesticAct && !acceptable(ctx, source, sourceCountry, target, targetCountry)) return null;

  // "durch den Sturm getötet", "bei einem Brand ums Leben gekommen": a killing with no named agent
  // whose cause is a natural force or an accident is no attack
  if (p.type === 'ASSAULT' && !!src && src.first === trigger && src.kind === 'demonym' && !src.mention && naturalCause(doc, words, range)) return null;
  let type = p.type;
  let mode = p.mode;
  // "Bauern blockierten die Autobahn": a civilian group's blockade is a protest (coding cue `obstruct`)
  if (type === 'ASSAULT' && civilianBlockade(doc, words, range, trigger, source ? ctx.actorById.get(source) : undefined)) {
    type = 'PROTEST';
    mode = 'obstruct';
  }
  // flag "person=TYPE:MODE": with a person right after the trigger the pattern means that instead
  // ("called President X on Friday" is a phone call, "called on X to" a request)
  const asPerson = p.flags.find((f) => f.startsWith('person='));
  if (asPerson && tgt?.actor && ctx.actorById.get(tgt.actor)?.type === 'PER' && tgt.prep === null && tgt.first > anchor && tgt.first <= anchor + 5) {
    const [t, md] = asPerson.slice(7).split(':');
    type = t.toUpperCase() as Event['type'];
    mode = md || null;
  }
  const place = findPlace(ctx, slots, range, src, tgt);
  if ((type === 'CONSULT') && !mode && place?.country) {
    if (place.country === targetCountry && place.country !== sourceCountry) mode = 'visit';
    else if (place.country !== sourceCountry && place.country !== targetCountry) mode = 'third-party';
  }
  status = reportedStatus(doc, g.morphology, range, anchor, status, false);
  // the manual's status rules (announced cooperation AGREE, refused cooperation REJECT, ...): src/events/coding.ts
  const coded = codeByStatus(type, mode, status);
  ({ type, mode } = coded);
  const finalStatus = coded.status;
  // an arrest, release, deportation or abduction is done to someone: with nobody named it was done to
  // (the recipient only filled in as the story's country: "Den Termin hat X festgesetzt") it is no event
  if (homeTarget && !agentless && !placed && mode && PATIENT_MODES.has(mode)) return null;
  const date = eventDate(doc, range, anchor, status);
  // story context: an undated act reported as done takes the story's date from the sentences before
  if (g.storyContext && date.text === null && date.value !== null) {
    const sd = storyDate(doc, doc.tokens[range[0]].start);
    if (sd) { date.value = sd.value; date.text = sd.text; }
  }
  const t = doc.tokens[trigger];
  const sent = doc.sentences[t.sentence];
  const event: Event = {
    id: '', type, mode, context: [], source: source ? [source] : emptyList(), target: target ? [target] : emptyList(),
    sourceCountry, targetCountry, date: date.value, dateText: date.text, place, status: finalStatus, score: 0,
    trigger: { start: t.start, end: t.end, text: t.text },
    evidence: { start: sent.start, end: sent.end },
    quote: quote?.id ?? null,
  };
  // "China, Indien und Russland weigern sich, ...": every other member of a coordinated subject does the
  // act too (one event each, src/events/participants.ts conjuncts; the final target is set in extractEvents);
  // not when the target is in the list (partners)
  // ("Frankreich und Italien erklärten, dass sie ...": a pronoun for a coordinated speaker of the sentence stands for the list)
  const speakerSlot = src?.kind === 'pronoun' && source ? slots.find((s) => s.actor === source && s.kind !== 'pronoun' && s.last < src.first) : undefined;
  const list = src ? conjuncts(doc, slots, speakerSlot ?? src) : [];
  const also: { source: string; sourceCountry: string | null }[] = emptyList();
  for (const c of list.some((x) => x === tgt || (!!x.actor && x.actor === target)) ? [] : list) {
    const actor = slotActor(ctx, c);
    let country = c.country ?? (actor ? ctx.actorById.get(actor)?.country ?? null : null);
    if (homePlace) country = fillCountry(ctx, actor, country, homePlace);
    if (actor && actor !== source && actor !== target) also.push({ source: actor, sourceCountry: country });
  }
  // "nahm zwei Iraker und einen Syrer fest", "kritisierte China und Russland": each member of a
  // coordinated object receives the act (kept only while the event keeps this target)
  const alsoTo: { target: string; targetCountry: string | null }[] = emptyList();
  for (const c of tgt && target && !list.includes(tgt) ? conjuncts(doc, slots, tgt) : []) {
    const actor = slotActor(ctx, c);
    let country = c.country ?? (actor ? ctx.actorById.get(actor)?.country ?? null : null);
    if (homePlace) country = fillCountry(ctx, actor, country, homePlace);
    if (actor && actor !== source && actor !== target && !(src && conjuncts(doc, slots, src).includes(c))) alsoTo.push({ target: actor, targetCountry: country });
  }
  // a named person or organisation is a better participant than the place where it happens
  // (a source only implied by the place names nobody: it yields to a named one of the same act)
  const implied = !!src && src.first === trigger && src.kind === 'demonym' && !src.mention;
  const quality = (implied ? 0 : slotQuality(src, !src && !!source)) + slotQuality(tgt, false) - placeOnly(ctx, src) - placeOnly(ctx, tgt) + p.elements.length / 100;
  return { event, trigger, anchor, first: Math.min(...at), last: Math.max(...at), quality, provisional, governing, implied, also, alsoTo, targetOf: target };
}

/**
 * True when the clause names a natural force, an accident or a disease after a cause preposition
 * (lexicons/<lang>/event-natural-causes.tsv: "durch den Sturm", "bei einem Brand", "von einem Zug").
 */
function naturalCause(doc: Doc, words: string[], range: [number, number]): boolean {
  const table = optionalColumn(doc.lang, 'event-natural-causes', 1);
  if (!table.size) return false;
  for (let k = range[0]; k < range[1]; k++) {
    if (table.get(words[k]) !== 'cue') continue;
    // the cause noun within the next four words (article, adjectives between)
    for (let j = k + 1; j < range[1] && j <= k + 4; j++) {
      const t = doc.tokens[j];
      if (t.kind !== 'word') break;
      if (!startsUpper(t.text)) continue;
      const w = words[j];
      for (let cut = 0; cut <= 2 && cut < w.length; cut++) {
        const stem = w.slice(0, w.length - cut);
        for (const [c, kind] of table) if (kind === 'cause' && stem.endsWith(c)) return true;
      }
      break;
    }
  }
  return false;
}

/** The "von"/"durch" agent after a passive auxiliary that follows the trigger noun in its clause, or null. */
function lightPassiveAgent(doc: Doc, slots: Slot[], trigger: number, range: [number, number]): Slot | null {
  let aux = -1;
  for (let k = trigger + 1; k < range[1] && aux < 0; k++) if (isPassiveAux(doc, k)) aux = k;
  if (aux < 0) return null;
  const agents = agentPreps(doc.lang);
  return slots.find((s) => s.first > aux && s.last < range[1] && s.prep !== null && agents.has(s.prep)) ?? null;
}

/**
 * The actor in the genitive of an attack noun that opens a circumstance of the clause ("bei
 * Luftangriffen Israels", "durch einen Angriff der Armee"): a noun whose lemma or compound head is an
 * ASSAULT lemma (event-lemmas), the participant right after it or after its genitive article.
 */
function circumstanceAttacker(doc: Doc, morph: EventMorphology, words: string[], slots: Slot[], range: [number, number], sFrom: number, sTo: number): Slot | null {
  const cues = optionalSet(doc.lang, 'event-noun-circumstance');
  const genitive = optionalColumn(doc.lang, 'event-genitive', 1);
  const none = new Uint8Array(doc.tokens.length);
  for (let k = range[0]; k < range[1]; k++) {
    if (!cues.has(words[k]) && words[k] !== 'durch') continue;
    for (let j = k + 1; j < range[1] && j <= k + 3; j++) {
      const t = doc.tokens[j];
      if (t.kind !== 'word') break;
      if (!startsUpper(t.text)) continue;
      const m = lemmaMatch(doc, morph, words, j, sFrom, sTo, none);
      if (!m || m.pattern.type !== 'ASSAULT') break;
      const at = genitive.has(words[j + 1]) ? j + 2 : j + 1;
      // (the genitive takes the circumstance's preposition when no article stands between: "bei Angriffen Israels")
      return slots.find((s) => s.first >= j + 1 && s.first <= at + 1 && (s.prep === null || s.prep === words[k] || (words[k] === 'beim' && s.prep === 'bei')) && !!s.country) ?? null;
    }
  }
  return null;
}

/** The home country a participant takes in story context: a "Bundes-" noun with no place in its clause the home country (event-home-prefixes), else `homePlace`. */
function homeOf(doc: Doc, s: Slot | null, clausePlace: string | null, homePlace: string): string {
  return (!clausePlace && s?.kind === 'nominal' ? homePrefixed(doc.lang, doc.tokens[s.first].text.toLowerCase()) : null) ?? homePlace;
}

/** A named person or organisation is a better participant than the place where it happens: a state's slot scores half a point less. */
function placeOnly(ctx: EventContext, s: Slot | null): number {
  return isState(ctx, s?.actor ?? null) ? 0.5 : 0;
}

/**
 * The subject of a passive clause (the one acted on): the first participant without preposition
 * before the participle, by case the first that can be nominative where the morphology marks it
 * ("Nach Angaben der Polizei wurden 40 Demonstranten festgenommen": "der Polizei" is no subject).
 */
function passiveSubject(doc: Doc, g: EventGrammar, slots: Slot[], range: [number, number], anchor: number, sFrom: number, agent: Slot | null): Slot | null {
  const cands = slots.filter((s) => s !== agent && s.prep === null && s.kind !== 'part' && s.first >= range[0] && s.last < anchor);
  if (cands.length < 2 || !g.morphology) return cands[0] ?? null;
  const roles = caseRoles(doc, g.morphology, null, sFrom);
  return cands.find((s) => roles.subject(s)) ?? cands[0];
}

/**
 * "der Oppositionspolitiker, der am Montag festgenommen wurde": a clause opened by a nominative
 * relative pronouns (lexicons/<lang>/relative-pronouns.tsv, column 3 "nom") after a comma has the
 * participant right before the comma as its subject; null elsewhere.
 */
function relativeAntecedent(ctx: EventContext, slots: Slot[], range: [number, number], sFrom: number): Slot | null {
  const { doc } = ctx;
  const at = range[0];
  if (at - 2 < sFrom || doc.tokens[at - 1].text !== ',' || optionalColumn(doc.lang, 'relative-pronouns', 2).get(doc.tokens[at].text.toLowerCase()) !== 'nom') return null;
  return slots.find((s) => s.last === at - 2 && s.kind !== 'part') ?? null;
}

/**
 * The finite verb of a verb trigger's clause: an auxiliary or modal of the clause
 * (lexicons/<lang>/event-auxiliaries.tsv, nearest to the anchor) when the trigger is its participle or
 * infinitive ("hat ... festgenommen", "habe ... getötet"), else the trigger itself.
 */
function finiteVerb(doc: Doc, words: string[], at: number[], anchor: number, range: [number, number]): string {
  const aux = optionalSet(doc.lang, 'event-auxiliaries');
  let best = -1;
  if (aux.size) {
    for (let i = range[0]; i < range[1]; i++) {
      if (aux.has(words[i]) && !at.includes(i) && (best < 0 || Math.abs(i - anchor) < Math.abs(best - anchor))) best = i;
    }
  }
  return best < 0 ? words[at[0]] : words[best];
}

/** Source and target make an event: not the same actor, not a state acting on its own unnamed groups ("Beijing asks Chinese firms"). */
function acceptable(ctx: EventContext, source: string | null, sourceCountry: string | null, target: string | null, targetCountry: string | null): boolean {
  if (source && source === target) return false;
  return !(sourceCountry && sourceCountry === targetCountry && selfDirected(ctx, source, target));
}

/**
 * One event per trigger region of a sentence (docs/events.md, "One event per trigger"):
 * - an event whose trigger word stands right after another event's pattern (at most
 *   NESTED_REACH tokens, same clause), has the same source and a type the first one absorbs
 *   (ABSORBS) is what the first event is about ("condemned the attack", "agreed to hold talks",
 *   "threatened to impose sanctions"): only the first (governing) event is kept;
 * - two events of one type with compatible participants, modes (equal or one unset) and dates
 *   (equal or one without a date expression) are one event: the better-scored one (slotQuality;
 *   then the earlier trigger) is kept.
 */
function oneEventPerTrigger(ctx: EventContext, g: EventGrammar, found: Found[]): Found[] {
  if (found.length < 2) return found.filter((f) => !f.provisional);
  const { doc } = ctx;
  const drop = new Set<Found>();
  // verb bracket: a trigger inside another event's pattern span ("forderte ihn zum Rücktritt auf",
  // "rief zu Protesten auf") is what that event is about, whoever its own subject would be
  if (g.verbBracket) {
    for (const b of found) {
      const toks = ctx.doc.tokens;
      const inside = (a: Found) => (a.first < b.trigger && b.trigger < a.last && b.trigger !== a.trigger)
        // "wurde zum Rücktritt aufgefordert": a noun shortly before the clause-final verb is its complement
        || (b.trigger < a.trigger && a.trigger - b.trigger <= 6 && /^\p{Lu}/u.test(toks[b.trigger].text) && /^\p{Ll}/u.test(toks[a.trigger].text)
          && !toks.slice(b.trigger, a.trigger).some((_, k) => isClauseBreak(ctx.doc, b.trigger + k)));
      if (found.some((a) => a !== b && !drop.has(a) && inside(a) && (ABSORBS[a.event.type]?.includes(b.event.type) || DE_ABSORBS[a.event.type]?.includes(b.event.type)))) drop.add(b);
      // "warf Schweden vor, Terroristen zu unterstützen", "drohte, Sanktionen zu verhängen": the
      // infinitive clause is what the governing verb says, accuses, demands, threatens or refuses
      const g = b.governing;
      if (g && found.some((a) => a !== b && !drop.has(a) && a.trigger >= g[0] && a.trigger < g[1] && CONTENT_TAKERS.has(a.event.type))) drop.add(b);
    }
  }
  for (const b of found) {
    if (drop.has(b)) continue;
    for (const a of found) {
      if (a === b || drop.has(a) || b.trigger <= a.last || wordsBetween(ctx, a.last, b.trigger) >= NESTED_REACH) continue;
      if (a.event.source.join() !== b.event.source.join() || a.event.sourceCountry !== b.event.sourceCountry) {
        // "condemned the Russian attack": the one who attacked is the target of the condemnation
        const t = a.event.target[0];
        if (b.event.sourceCountry && (!t || ctx.unnamed.has(t)) && (!a.event.targetCountry || a.event.targetCountry === b.event.sourceCountry)
          && b.event.source.length && b.event.source.join() !== a.event.source.join() && b.event.sourceCountry !== a.event.sourceCountry) {
          a.event.target = [...b.event.source];
          a.event.targetCountry = b.event.sourceCountry;
        }
        continue;
      }
      if (!ABSORBS[a.event.type]?.includes(b.event.type)) continue;
      let gapFree = true;
      for (let k = a.last + 1; k < b.trigger; k++) if (isClauseBreak(doc, k)) { gapFree = false; break; }
      if (!gapFree) continue;
      drop.add(b);
      if (a.provisional && !b.provisional) {
        const e = a.event;
        const target = b.event.target[0] ?? null;
        if (acceptable(ctx, e.source[0] ?? null, e.sourceCountry, target, b.event.targetCountry)) {
          e.target = [...b.event.target];
          e.targetCountry = b.event.targetCountry;
          a.provisional = false;
        }
      }
      break;
    }
  }
  const kept = found.filter((f) => !drop.has(f) && !f.provisional);
  const out: Found[] = [];
  for (const f of kept) {
    const e = f.event;
    const k = out.findIndex((o) => o.event.type === e.type
      && (o.event.mode === e.mode || !o.event.mode || !e.mode)
      && (o.event.date === e.date || o.event.dateText === null || e.dateText === null)
      && (sameParticipant(ctx, o.event.source, e.source, false) || !!o.implied || !!f.implied)
      && sameParticipant(ctx, o.event.target, e.target, o.event.mode === 'visit' && e.mode === 'visit'));
    if (k < 0) out.push(f);
    else if (f.quality > out[k].quality) out[k] = f;
  }
  return out;
}

/**
 * Within one sentence two different participants are different actors: equal lists, one list empty,
 * or two GPE actors of one state ("Beijing" and "China") count as the same participant; for two
 * visits (`visit`) also the place visited and an actor of its state ("arrived in Beijing for talks
 * with Liu" is one visit).
 */
function sameParticipant(ctx: EventContext, a: string[], b: string[], visit: boolean): boolean {
  if (!a.length || !b.length || a.join() === b.join()) return true;
  const x = ctx.actorById.get(a[0]);
  const y = ctx.actorById.get(b[0]);
  if (!x || !y || x.country === null || x.country !== y.country) return false;
  const place = (t: string) => t === 'GPE' || t === 'LOC';
  return (place(x.type) && place(y.type)) || (visit && (place(x.type) || place(y.type)));
}

/**
 * Which event types a governing trigger absorbs when they stand as its object: "agreed to hold
 * talks", "agreed to a truce" are AGREE; "threatened to impose sanctions" is THREATEN;
 * "condemned the attack", "criticised the sanctions" are ACCUSE; "rejected the deal" is REJECT;
 * "welcomed the agreement" is SUPPORT. PLOVER codes the governing act.
 */
const ABSORBS: Partial<Record<string, string[]>> = {
  AGREE: ['CONSULT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT'],
  // "threatened to resign", "drohte mit Streik": the resignation or strike is what is threatened
  THREATEN: ['COERCE', 'SANCTION', 'ASSAULT', 'MOBILIZE', 'RETREAT', 'PROTEST'],
  ACCUSE: ['ASSAULT', 'COERCE', 'SANCTION'],
  // ("refused to resign", "lehnte einen Rücktritt ab": no resignation)
  REJECT: ['AGREE', 'CONSULT', 'COOPERATE', 'CONCEDE', 'RETREAT'],
  SUPPORT: ['AGREE', 'AID', 'COOPERATE', 'CONCEDE'],
  // "urged Washington to lift the restrictions": the request, not the lifting
  REQUEST: ['AGREE', 'AID', 'CONSULT', 'COOPERATE', 'CONCEDE', 'RETREAT', 'SUPPORT'],
  // lifting or easing a measure: "lifted long-standing sanctions against Sudan"
  CONCEDE: ['COERCE', 'SANCTION', 'ASSAULT', 'PROTEST'],
};

/** German verb brackets also hold the act a measure is aimed at: "hat die Demonstrationen verboten". */
const DE_ABSORBS: Partial<Record<string, string[]>> = {
  COERCE: ['PROTEST', 'CONSULT'],
  SANCTION: ['PROTEST', 'CONSULT', 'COOPERATE', 'AID'],
};

/** Tokens strictly between `a` and `b`, not counting a date and its preposition ("agreed on Thursday to meet"). */
function wordsBetween(ctx: EventContext, a: number, b: number): number {
  const { doc } = ctx;
  const isDate = (k: number) => !!ctx.inDate[k] || dateWords(doc.lang).has(doc.tokens[k].text.toLowerCase());
  let n = 0;
  for (let k = a + 1; k < b; k++) if (!isDate(k) && !(k + 1 < b && isDate(k + 1) && /^\p{Ll}{2,3}$/u.test(doc.tokens[k].text))) n++;
  return n;
}

/** How many tokens after an event's pattern a trigger counts as that event's object. */
const NESTED_REACH = 3;

/**
 * "den russischen Angriff auf Kiew", "the Russian attack on Kyiv": a demonym right before a trigger
 * noun (or before one adjective before it) says who acts; a slot for it, or null.
 */
function demonymBefore(ctx: EventContext, trigger: number, sFrom: number): Slot | null {
  const { doc } = ctx;
  for (let k = trigger - 1; k >= sFrom && k >= trigger - 2; k--) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') return null;
    // a state's name ("Germany condemned") is a subject, not a modifier
    const m = ctx.mentionAtToken.get(k);
    if (m && doc.mentionInfo.get(m.id)?.kind !== 'demonym') return null;
    const c = countryOfDemonym(t.text);
    // (the trigger is a noun: capitalised where nouns are, else lower-case)
    if (c && c !== 'IGO' && /^\p{Ll}/u.test(doc.tokens[trigger].text) === !ctx.capitalisedNouns) {
      return { first: k, last: k, actor: ctx.countryActor.get(c)?.id ?? null, country: c, prep: null, kind: 'demonym' };
    }
  }
  return null;
}

/**
 * Where a passive's agent may start in a verb-bracket language: after the finite auxiliary of a
 * main clause, in the middle field ("Die Festnahme durch die Polizei wurde von X kritisiert": not
 * the noun's own "durch"), else anywhere in the clause (verb-final: "dass Y von X kritisiert wurde").
 */
function middleFieldFrom(doc: Doc, words: string[], from: number, anchor: number): number {
  // (isPassiveAux per token lower-cased each word again: the shared lower-case words, punctuation and numbers as before)
  const aux = passiveAuxiliaries(doc.lang);
  for (let i = anchor - 1; i > from; i--) {
    const t = doc.tokens[i];
    if (aux.has(t.kind === 'word' ? words[i] : t.text.toLowerCase())) return i + 1;
  }
  return from;
}

/**
 * The first participant without preposition of a "dass" clause right after the trigger's clauses, or
 * of a "zu" infinitive clause there that is the verb's object ("begrüßten es, Polen den Status zu
 * verleihen": Polen); an infinitive opened by a subordinator ("um ... zu") is a purpose, no object.
 */
function thatClauseSubject(ctx: EventContext, slots: Slot[], range: [number, number], sTo: number, src: Slot | null): Slot | null {
  const { doc } = ctx;
  const at = range[1];
  if (at + 1 >= sTo || doc.tokens[at].text !== ',') return null;
  const openers = compiled(doc.lang, 'event-object-clauses:set', () => (hasLexicon(doc.lang, 'event-object-clauses') ? lexiconSet(doc.lang, 'event-object-clauses') : new Set<string>()));
  const opener = doc.tokens[at + 1].text.toLowerCase();
  let end = at + 1;
  while (end < sTo && !isClauseBreak(doc, end)) end++;
  let last = end - 1;
  while (last > at && doc.tokens[last].kind !== 'word') last--;
  const infinitive = last - 1 > at + 1 && doc.tokens[last - 1].text === 'zu' && !optionalSet(doc.lang, 'subordinators').has(opener);
  if (!openers.has(opener) && !infinitive) return null;
  return slots.find((s) => s.first > at && s.last < end && s.prep === null && s.kind !== 'part' && s !== src && (!src?.actor || s.actor !== src.actor)) ?? null;
}


function isState(ctx: EventContext, id: string | null): boolean {
  if (!id) return false;
  const a = ctx.actorById.get(id);
  return !!a && (a.type === 'GPE' || a.type === 'LOC');
}

/** A state (or its capital) acting on an unnamed group or a place of its own country. */
function selfDirected(ctx: EventContext, source: string | null, target: string | null): boolean {
  const vague = (id: string | null) => !id || ctx.unnamed.has(id) || isState(ctx, id);
  // (domestic reports: an unnamed group acting on its own state, "der Bürgermeister führte Gespräche mit der
  // Regierung", "Brazil's truck drivers called off their strike against the Brazilian government", counts)
  return isState(ctx, source) && vague(target);
}

const subjectLike = (s: Slot, p: Pattern) => s.kind !== 'part' && (s.prep === null || p.sourceCues.includes(s.prep));

function pickSource(slots: Slot[], p: Pattern, trigger: number, anchor: number, range: [number, number], words: string[], byDemonym: Slot | null, roles: CaseRoles | null): Slot | null {
  const onTrigger = slots.find((s) => (s.kind === 'prefix' || s.kind === 'part') && s.first === trigger && s.country);
  if (onTrigger) return onTrigger;
  if (byDemonym) return byDemonym;
  const inRangeBefore = slots.filter((s) => subjectLike(s, p) && s.first >= range[0] && s.last < anchor);
  if (inRangeBefore.length) {
    // "X told reporters that Moscow would not accept ...": the subject of the clause after "that"
    // (not for "X said that Y must ...", where the speaker is the source and Y the target)
    for (let i = anchor - 1; i > inRangeBefore[0].last && !p.targetCues.includes('before'); i--) {
      if (words[i] !== 'that') continue;
      const after = inRangeBefore.find((s) => s.first > i);
      if (after) return after;
      break;
    }
    // a demonym that modifies some other noun ("bei einem Spiel der deutschen Nationalmannschaft")
    // is no subject when a named person or organisation follows before the verb ("... Philipp Lahm reist")
    if (inRangeBefore[0].kind === 'demonym') {
      const named = inRangeBefore.find((s) => s.kind === 'mention' && (s.mention?.type === 'PER' || s.mention?.type === 'ORG'));
      if (named) return named;
    }
    if (!roles) return inRangeBefore[0];
    // "Den Minister kritisierte am Montag die Opposition": an object opens the clause, the subject
    // follows the finite verb
    return inRangeBefore.find((s) => subjectByCase(s, roles))
      ?? slots.find((s) => s.prep === null && s.kind !== 'part' && s.first > anchor && s.last < range[1] && roles.subject(s))
      ?? inRangeBefore[0];
  }
  const before = slots.filter((s) => subjectLike(s, p) && s.last < range[0]);
  if (before.length) return before[before.length - 1];
  const after = slots.filter((s) => subjectLike(s, p) && s.first > anchor);
  // by case: a participant after the verb that cannot be its subject ("warf der Verband der Regierung
  // vor": "der Regierung" is dative) is none; the subject is a noun phrase that names no actor
  return after.find((s) => subjectByCase(s, roles)) ?? (roles ? null : after[0] ?? null);
}

/** By case where the morphology marks it: a participant without preposition must be able to be the subject. */
function subjectByCase(s: Slot, roles: CaseRoles | null): boolean {
  return !roles || s.prep !== null || roles.subject(s);
}

function pickTarget(slots: Slot[], p: Pattern, src: Slot | null, anchor: number, range: [number, number], verbFinal: boolean, roles: CaseRoles | null = null): Slot | null {
  const others = slots.filter((s) => s !== src && (!src?.actor || s.actor !== src.actor));
  // cues are tried in the order the pattern gives them (no named closures here: asked for nearly every trigger)
  for (const cue of p.targetCues) {
    let hit: Slot | null = null;
    if (cue === 'obj') {
      // (by case: an object may open the clause before the subject, "Den Minister kritisierte die Opposition")
      const objs = others.filter((s) => inRange(s, range) && s.prep === null && (!src || s.first > src.last || s.first > anchor || (!!roles && !roles.subject(s) && roles.object(s))));
      // an object before the verb is German word order ("der Xi treffen werde"), not English
      hit = objs.find((s) => s.first > anchor) ?? (verbFinal ? nearest(objs.filter((s) => s.last < anchor), anchor) : null);
    } else if (cue === 'before') {
      // "X said Y must ...": the participant between the source and the trigger
      const between = others.filter((s) => inRange(s, range) && s.prep === null && s.kind !== 'part' && (!src || s.first > src.last) && s.last < anchor);
      hit = between[between.length - 1] ?? null;
    } else if (cue === 'next') {
      // "agreed to lift the ban on British beef": the first participant after the trigger, names first
      const after = others.filter((s) => inRange(s, range) && s.first > anchor && s.kind !== 'part');
      hit = after.find((s) => s.kind === 'mention' || s.kind === 'demonym' || s.kind === 'prefix') ?? after[0] ?? null;
    } else if (cue === 'any') {
      hit = nearest(others.filter((s) => s.country && s.country !== src?.country), anchor);
    } else {
      hit = nearest(others.filter((s) => inRange(s, range) && s.prep === cue), anchor);
    }
    if (hit) return hit;
  }
  // a preposition cue may also be met outside the trigger's clauses
  for (const cue of p.targetCues) {
    const hit = nearest(others.filter((s) => s.prep === cue), anchor);
    if (hit) return hit;
  }
  return null;
}

function inRange(s: Slot, range: [number, number]): boolean {
  return s.first >= range[0] && s.last < range[1];
}

/** The slot nearest to `anchor` (the first of equally near ones, in `xs` order), or null. */
function nearest(xs: Slot[], anchor: number): Slot | null {
  let best: Slot | null = null;
  let bestDist = Infinity;
  for (const s of xs) {
    const d = Math.abs(s.first - anchor);
    if (d < bestDist) { best = s; bestDist = d; }
  }
  return best;
}

/** The slot coordinated with `src` by "and"/"und" right after it, if any. */
function coordinated(doc: Doc, slots: Slot[], src: Slot): Slot | null {
  const k = slots.indexOf(src);
  const next = slots[k + 1];
  if (!next || next.prep !== null || next.first - src.last > 6) return null;
  const between = doc.tokens.slice(src.last + 1, next.first);
  return between.length && optionalSet(doc.lang, 'coordinators').has(between[0].text.toLowerCase()) && between.every((t) => t.kind === 'word') ? next : null;
}

/** Words after which an object noun phrase is complete ("stormed a camp | in Calais"); "of", "against" continue it. */
const OBJECT_ENDS = new Set(['in', 'at', 'near', 'that', 'which', 'who', 'after', 'before', 'during', 'while', 'as', 'and', 'but', 'since', 'when']);

const PHRASE_STOP = new Set(['to', 'that', 'who', 'which', 'and', 'or', 'but', 'as', 'after', 'before', 'while', 'because', 'if', 'when', 'for', 'of', 'in', 'on', 'at', 'from', 'with', 'by', 'over', 'into', 'about', 'since', 'during']);
/** Phrase leads of lexicons/<lang>/event-phrase-leads.tsv as word sequences, longest first. */
function phraseLeads(lang: string): string[][] {
  return compiled(lang, 'event-phrase-leads:seqs', () => (hasLexicon(lang, 'event-phrase-leads') ? lexicon(lang, 'event-phrase-leads') : [])
    .map((r) => r[0].toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length));
}

/** Number words ("two former officials"), lexicons/<lang>/number-words.tsv. */
function numberWords(lang: string): Set<string> {
  return compiled(lang, 'events:number-words:lower', () => new Set(lexicon(lang, 'number-words').map((r) => r[0].toLowerCase())));
}

/** Length of the lead (article, possessive, quantifier) starting at token i, 0 when none. */
function leadAt(doc: Doc, i: number, to: number): number {
  for (const seq of phraseLeads(doc.lang)) {
    if (i + seq.length > to) continue;
    let k = 0;
    while (k < seq.length && doc.tokens[i + k].kind === 'word' && doc.tokens[i + k].text.toLowerCase() === seq[k]) k++;
    if (k === seq.length) return k;
  }
  return 0;
}

/**
 * A noun-phrase slot from token `from` (up to 4 words, stopping at punctuation and function words),
 * skipping a leading target preposition of the pattern ("against the decision"). Null when empty.
 */
function phraseSlot(doc: Doc, from: number, to: number, p: Pattern | null, inDate?: Uint8Array, needLead = false): Slot | null {
  let i = from;
  if (p && i < to && p.targetCues.includes(doc.tokens[i].text.toLowerCase())) i++;
  const lead = i;
  for (let n = leadAt(doc, i, to); n > 0; n = leadAt(doc, i, to)) i += n;
  const start = i;
  if (needLead && start === lead) return null;
  // a noun phrase opens with an article or possessive, a capitalised word or a number ("20 workers");
  // "be fit", "repeatedly", "themselves" are no participants
  const first = doc.tokens[start];
  if (!first || inDate?.[start] || dateWords(doc.lang).has(first.text.toLowerCase())) return null;
  const opensPhrase = start > lead || /^\p{Lu}/u.test(first.text) || numberWords(doc.lang).has(first.text.toLowerCase())
    || (first.kind === 'num' && doc.tokens[start + 1]?.kind === 'word' && /^\p{Ll}/u.test(doc.tokens[start + 1].text))
    || barePluralAt(doc, start); // "will not release prisoners" (./bare-plurals.ts)
  if (!opensPhrase) return null;
  while (i < to && i - start < 4) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' && t.text !== "'s" && t.text !== '-') break;
    if (PHRASE_STOP.has(t.text.toLowerCase())) break;
    i++;
  }
  if (i === start) return null;
  return { first: start, last: i - 1, actor: null, country: null, prep: null, kind: 'nominal', phrase: true };
}

/** The actor id for a slot, creating an actor for unnamed agents and country-only slots. */
function slotActor(ctx: EventContext, s: Slot | null): string | null {
  if (!s) return null;
  if (s.actor) return s.actor;
  const { doc } = ctx;
  const t = doc.tokens[s.first];
  let actor: Actor;
  if (s.kind === 'nominal' && (s.nominal || s.phrase)) {
    const mid = `m${doc.mentions.length + 1}`;
    const end = doc.tokens[s.last].end;
    const text = doc.text.slice(t.start, end);
    // unnamed agents get a MISC mention (they are no names) and an actor of the agent's type
    doc.mentions.push({ id: mid, start: t.start, end, text, type: 'MISC', actor: null });
    actor = {
      id: `a${doc.actors.length + 1}`, name: text, type: s.nominal?.type ?? 'MISC', country: s.country,
      sector: s.nominal?.sector ?? null, role: null, mentions: [mid],
    };
    doc.mentions[doc.mentions.length - 1].actor = actor.id;
  } else if (s.country) {
    const existing = ctx.countryActor.get(s.country);
    if (existing) return (s.actor = existing.id);
    actor = {
      id: `a${doc.actors.length + 1}`, name: countryDisplayName(s.country, doc.lang), type: 'GPE', country: s.country,
      sector: null, role: null, mentions: [],
    };
    ctx.countryActor.set(s.country, actor);
  } else return null;
  doc.actors.push(actor);
  ctx.actorById.set(actor.id, actor);
  if (s.kind === 'nominal') ctx.unnamed.add(actor.id);
  s.actor = actor.id;
  return actor.id;
}

function findPlace(ctx: EventContext, slots: Slot[], range: [number, number], src: Slot | null, tgt: Slot | null): Place | null {
  // prepositions naming where it happened (lexicons/<lang>/place-prepositions.tsv)
  const placePreps = optionalSet(ctx.doc.lang, 'place-prepositions');
  for (const s of slots) {
    if (s.first < range[0] || s.last >= range[1] || !s.prep || !placePreps.has(s.prep) || !s.mention) continue;
    if (s === src) continue;
    const a = s.actor ? ctx.actorById.get(s.actor) : undefined;
    if (!a || (a.type !== 'GPE' && a.type !== 'LOC')) continue;
    void tgt;
    // the place as the sentence names it ("in Syrien"), geocoded
    const name = s.mention.text;
    const g = geocode(name, ctx.doc.lang);
    return g.country ? g : { ...geocode(a.name, ctx.doc.lang), name };
  }
  return null;
}

/** Two participant lists can name the same participant: equal, one empty or unnamed, or two GPEs of one state. */
function compatible(ctx: EventContext, a: string[], b: string[]): boolean {
  if (!a.length || !b.length || a.join() === b.join()) return true;
  const x = ctx.actorById.get(a[0]);
  const y = ctx.actorById.get(b[0]);
  if (!x || !y) return false;
  if (ctx.unnamed.has(x.id) || ctx.unnamed.has(y.id)) return true;
  return x.type === 'GPE' && y.type === 'GPE' && x.country === y.country;
}

/**
 * The same event reported twice in an article is kept once (the first report): same type, mode,
 * status and countries, compatible dates (equal, or one taken from the article date) and
 * compatible sources and targets.
 */
function dedupe(ctx: EventContext, events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const dup = out.find((o) => o.type === e.type && o.mode === e.mode && o.status === e.status
      && o.sourceCountry === e.sourceCountry && o.targetCountry === e.targetCountry
      && (o.date === e.date || o.dateText === null || e.dateText === null)
      && compatible(ctx, o.source, e.source) && compatible(ctx, o.target, e.target));
    if (!dup) out.push(e);
    else if (dup.dateText === null && e.dateText !== null) { dup.date = e.date; dup.dateText = e.dateText; }
  }
  return out;
}

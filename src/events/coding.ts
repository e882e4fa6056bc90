/**
 * PLOVER 2.0 coding in one place: every re-coding of an event's type, mode and status after its
 * pattern matched (docs/events.md, "PLOVER coding").
 *
 * - `codeByStatus` (called by the events stage for each event it builds): the manual's status rules as
 *   data (lexicons/plover/status-coding.tsv): promised cooperation is AGREE, an announced retreat
 *   CONCEDE, an announced coercive act THREATEN, refused cooperation REJECT; and `civilianBlockade`:
 *   a civilian group's blockade is PROTEST obstruct, not ASSAULT.
 * - `codeEvents` (stage `coding`, after `events`): participants that are no actors leave the event
 *   (./participants.ts; their words stay as sourceText/targetText); a called-off meeting is REJECT meet; sanctions,
 *   tariffs, export bans and purchase stops are SANCTION (not COERCE), stops of trade SANCTION
 *   discontinue, and economic coercion of a state SANCTION; modes only where the manual has them (a
 *   mode that is a context name becomes that context), an event without mode takes the one its
 *   clause names (lexicons/<lang>/coding-modes.tsv) or its type's default (ACCUSE disapprove); contexts with evidence (./contexts.ts); the date
 *   basis and background facts (./date-basis.ts: date null, auxiliary `historical`); the PLOVER
 *   auxiliary modes of the status; the announcement date of plans; the confidence (./confidence.ts).
 *
 * @example
 * codeByStatus('CONSULT', 'visit', 'planned'); // { type: 'AGREE', mode: null, status: 'planned' }
 * codeEvents(doc); // doc.events re-coded in place
 */
import type { Actor, AuxMode, EventStatus, PloverType } from '../contract/schema.js';
import { sentenceTokenRange } from '../doc/sentence-tokens.js';
import type { Doc } from '../doc/doc.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { tokenLower } from '../doc/token-lower.js';
import { tokenIndexAt } from '../doc/spans.js';
import { plover } from '../plover/index.js';
import { clauseRange } from './clauses.js';
import { codingCues } from './coding-cues.js';
import { compileCues, type CueHit, type CueMatcher } from './cues.js';
import { eventContexts } from './contexts.js';
import { dateBasis } from './date-basis.js';
import { eventConfidence } from './confidence.js';
import { participantProblem } from './participants.js';

export interface Coded { type: PloverType; mode: string | null; status: EventStatus }

interface StatusRule { status: string; type: string; mode: string; toType: string; toMode: string; toStatus: string }
let rules: StatusRule[] | undefined;

/** The manual's status rules (lexicons/plover/status-coding.tsv): first matching row wins. */
export function codeByStatus(type: PloverType, mode: string | null, status: EventStatus): Coded {
  rules ??= lexicon('plover', 'status-coding').map(([s, t, m, tt, tm, ts]) => ({ status: s, type: t, mode: m, toType: tt, toMode: tm, toStatus: ts }));
  const r = rules.find((x) => x.status === status && x.type === type && (x.mode === '*' || x.mode === mode));
  if (!r) return { type, mode, status };
  return {
    type: r.toType as PloverType,
    mode: r.toMode === '=' ? mode : r.toMode === '-' ? null : r.toMode,
    status: r.toStatus === '=' ? status : r.toStatus as EventStatus,
  };
}

/** Types a cancellation cue turns into a refused meeting. */
const MEETINGS = new Set(['AGREE', 'CONSULT']);
/** Types a sanction cue on the trigger turns into SANCTION. */
const SANCTIONABLE = new Set(['COERCE', 'SANCTION', 'PROTEST']);
/** COERCE modes that name no specific coercion of people (economic coercion is SANCTION). */
const ECONOMIC_COERCION = new Set(['restrict', 'withhold']);
/**
 * PLOVER sectors of civilians (lexicons/plover/sectors.tsv): their blockade of a road or a site is a
 * protest (PROTEST obstruct), while a state's, police's or armed group's blockade stays ASSAULT.
 */
const CIVILIAN_SECTORS = new Set(['AGR', 'BUS', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'OPP', 'PRE', 'REF', 'REL', 'SOC']);

const modeMatchers = new Map<string, CueMatcher>();
let defaults: Map<string, string> | undefined;

/**
 * The mode the words of the trigger's clause name for `type` (lexicons/<lang>/coding-modes.tsv; a cue
 * on the trigger first, then the one nearest to it), else the type's default mode
 * (lexicons/plover/default-modes.tsv), else null.
 */
function modeFromCues(doc: Doc, type: string, words: readonly string[], range: [number, number], t: number): string | null {
  let m = modeMatchers.get(doc.lang);
  if (!m) {
    const v = plover();
    const rows = hasLexicon(doc.lang, 'coding-modes') ? lexicon(doc.lang, 'coding-modes') : [];
    m = compileCues(rows.filter(([ty, , md]) => v.hasMode(ty, md)).map(([ty, cue, md]) => [cue, `${ty}\t${md}`]));
    modeMatchers.set(doc.lang, m);
  }
  defaults ??= new Map(lexicon('plover', 'default-modes').map(([ty, md]) => [ty, md] as [string, string]));
  const dist = (h: CueHit) => (h.first <= t && h.last >= t ? -1 : Math.min(Math.abs(h.first - t), Math.abs(h.last - t)));
  const hits = m.find(words, range[0], range[1]).filter((h) => h.tag.startsWith(`${type}\t`)).sort((a, b) => dist(a) - dist(b));
  return hits.length ? hits[0].tag.slice(type.length + 1) : defaults.get(type) ?? null;
}

/**
 * Participants that are no actors (./participants.ts) leave the event's source or target: their words
 * stay as `sourceText`/`targetText`, their actor (created for the event) goes when no event uses it.
 * An event left with neither an actor nor a country on either side is dropped.
 */
function keepRealParticipants(doc: Doc): void {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const removed = new Set<string>();
  const textOf = (id: string) => {
    const a = byId.get(id);
    const m = a && doc.mentions.find((x) => x.id === a.mentions[0]);
    return m ? { start: m.start, end: m.end, text: m.text } : undefined;
  };
  for (const e of doc.events) {
    for (const side of ['source', 'target'] as const) {
      const bad = e[side].filter((id) => {
        const a = byId.get(id);
        return !!a && participantProblem(a, doc.mentions, doc.lang) !== null;
      });
      if (!bad.length) continue;
      const span = textOf(bad[0]);
      if (span) e[side === 'source' ? 'sourceText' : 'targetText'] = span;
      e[side] = e[side].filter((id) => !bad.includes(id));
      for (const id of bad) removed.add(id);
    }
  }
  doc.events = doc.events.filter((e) => e.source.length || e.sourceCountry || e.target.length || e.targetCountry);
  const used = new Set(doc.events.flatMap((e) => [...e.source, ...e.target]));
  const gone = new Set([...removed].filter((id) => !used.has(id) && byId.get(id)?.type === 'MISC'));
  if (!gone.size) return;
  const goneMentions = new Set(doc.actors.filter((a) => gone.has(a.id)).flatMap((a) => a.mentions));
  doc.actors = doc.actors.filter((a) => !gone.has(a.id));
  // the words stay in the text and in sourceText/targetText; the mention was made for the event only
  doc.mentions = doc.mentions.filter((m) => !goneMentions.has(m.id) || m.type !== 'MISC');
  for (const m of doc.mentions) if (m.actor && gone.has(m.actor)) m.actor = null;
}

/**
 * "die Regierung in Beijing forderte Unternehmen auf, keine Chips mehr zu verwenden", "Beijing ordered
 * firms to stop using ...": the act a government orders is the government's. An order cue
 * (coding-cues.tsv, kind `order`) before the trigger in its sentence, with a government (a state, its
 * capital or an actor of sector GOV) named before the cue: that government becomes the source.
 */
function orderedBy(doc: Doc, e: { source: string[]; sourceCountry: string | null; targetCountry: string | null }, words: readonly string[], sFrom: number, t: number): void {
  const order = codingCues(doc.lang).find(words, sFrom, t).filter((h) => h.tag === 'order').pop();
  if (!order) return;
  const cueStart = doc.tokens[order.first].start;
  const sentStart = doc.tokens[sFrom].start;
  // the government named last before the cue; a state named only as such (a demonym) if none
  let gov: Actor | undefined;
  let state: Actor | undefined;
  for (const m of doc.mentions) {
    if (m.start < sentStart || m.end > cueStart || !m.actor) continue;
    const a = doc.actors.find((x) => x.id === m.actor);
    if (a?.country && a.sector === 'GOV') gov = a;
    else if (a?.country && a.type === 'GPE') state = a;
  }
  gov ??= state;
  if (!gov || e.source.includes(gov.id) || gov.country === e.targetCountry) return;
  e.source = [gov.id];
  e.sourceCountry = gov.country;
}

/** Re-codes every event of the document in place (stage `coding`). */
export function codeEvents(doc: Doc): void {
  if (!doc.events.length || !doc.tokens.length) return;
  keepRealParticipants(doc);
  const words = tokenLower(doc.tokens);
  const v = plover();
  const perSentence = new Map<number, number>();
  for (const e of doc.events) perSentence.set(e.evidence.start, (perSentence.get(e.evidence.start) ?? 0) + 1);
  for (const e of doc.events) {
    const t = Math.min(tokenIndexAt(doc, e.trigger.start), doc.tokens.length - 1);
    const [sFrom, sTo] = sentenceTokenRange(doc, doc.tokens[t].sentence);
    const range = clauseRange(doc, t, t, sFrom, sTo);
    const cues = codingCues(doc.lang).find(words, range[0], range[1]);
    orderedBy(doc, e, words, sFrom, t);
    // a meeting called off ("das Treffen wurde abgesagt", "cancelled the summit") is a refused meeting
    if ((MEETINGS.has(e.type) || (e.type === 'REJECT' && !e.mode)) && cues.some((h) => h.tag === 'cancel')) {
      e.type = 'REJECT';
      e.mode = 'meet';
      e.status = 'asserted';
    }
    // talks broken off ("die Verhandlungen wurden abgebrochen") are a sanction (the manual; REJECT is the nearest other reading)
    if (MEETINGS.has(e.type) && cues.some((h) => h.tag === 'breakoff')) {
      e.type = 'SANCTION';
      e.mode = 'discontinue';
    }
    // sanctions, tariffs, embargoes are SANCTION; stops of trade SANCTION discontinue
    const onTrigger = cues.find((h) => (h.tag === 'sanction' || h.tag === 'discontinue') && h.first <= t && h.last >= t);
    const stop = cues.find((h) => h.tag === 'discontinue');
    if (SANCTIONABLE.has(e.type) && (onTrigger || stop) && e.status !== 'planned') {
      e.type = 'SANCTION';
      if (stop) e.mode = 'discontinue';
    }
    const lost = e.mode && !v.hasMode(e.type, e.mode) ? e.mode : null;
    if (lost) e.mode = null;
    e.mode ??= modeFromCues(doc, e.type, words, range, t);
    let contexts = eventContexts(doc, e, words, sFrom, sTo);
    // a state's coercion of another state's economy ("only lower-grade chips may be delivered") is a sanction
    if (e.type === 'COERCE' && (!e.mode || ECONOMIC_COERCION.has(e.mode)) && e.status !== 'planned'
      && contexts.some((c) => c.context === 'economic') && e.sourceCountry && e.targetCountry && e.sourceCountry !== e.targetCountry) {
      e.type = 'SANCTION';
      e.mode = null;
      contexts = eventContexts(doc, e, words, sFrom, sTo);
    }
    // a mode the manual does not have for the type but that names a context ("AID military") keeps its meaning there
    if (lost && v.contexts.includes(lost) && !contexts.some((c) => c.context === lost)) {
      contexts.push({ context: lost, start: e.trigger.start, end: e.trigger.end, text: e.trigger.text });
      contexts.sort((a, b) => v.contexts.indexOf(a.context) - v.contexts.indexOf(b.context));
    }
    e.context = contexts.map((c) => c.context);
    e.contextEvidence = contexts;
    const basis = dateBasis(doc, e, words, range, sFrom, sTo, t, perSentence.get(e.evidence.start) ?? 1);
    if (basis.historical && basis.basis === null) {
      e.date = null;
      e.dateText = null;
    }
    e.dateBasis = basis.basis;
    const aux: AuxMode[] = [];
    const statusAux = v.auxiliary.get(e.status);
    if (statusAux) aux.push(statusAux as AuxMode);
    if (basis.historical) aux.push('historical');
    e.aux = aux;
    e.announced = e.status === 'planned' ? doc.date : null;
    e.confidence = eventConfidence(doc, e, words);
  }
}

/**
 * Whether an ASSAULT whose trigger (token `t`, clause `range`) names a blockade (coding cue
 * `obstruct`) is a civilian group's protest (PROTEST obstruct): its source is a group or person of a
 * civilian sector, no state and no armed force ("Bauern blockierten die Autobahn"; "die Armee blockierte
 * den Hafen" stays ASSAULT). Called by the events stage before duplicates are merged, so the protest is
 * not taken for another assault of the article.
 */
export function civilianBlockade(doc: Doc, words: readonly string[], range: [number, number], t: number, source: Actor | undefined): boolean {
  if (!source || source.type === 'GPE' || source.type === 'LOC' || !source.sector || !CIVILIAN_SECTORS.has(source.sector)) return false;
  return codingCues(doc.lang).find(words, range[0], range[1]).some((h) => h.tag === 'obstruct' && h.first <= t && h.last >= t);
}

/**
 * Analysts' corrections (issue 14): their own layer, stored append-only with author and time
 * (table `corrections`, migration 007), never written into the engine's rows. Reads fold the log
 * into a state (later entries win per field; a null value takes a correction back) and apply it
 * on top of the engine's events, actors and results: see corrected-view.ts. Because corrections
 * are keyed by article id + event id (events) or by name (actors), re-analysing an article, which
 * rewrites its layer rows, keeps them.
 *
 * @example
 * const c = validateCorrection({ kind: 'event', articleId: 'a1', eventId: 'e1', field: 'type', value: 'CONSULT', author: 'ana' });
 * const state = foldCorrections(await store.corrections());
 * const shown = applyEventFix(row, state); // row with type CONSULT, corrected: ['type']
 */
import type { Result } from '../contract/schema.js';
import { ploverScore } from '../events/scores.js';
import { eventDay, QUAD } from './quad.js';
import type { EventRow } from './store.js';

import { CORRECTION_KINDS, EVENT_FIELDS, type CorrectionIn, type CorrectionKind, type CorrectionRow, type EventField } from './correction-types.js';

export { CORRECTION_KINDS, EVENT_FIELDS, type CorrectionIn, type CorrectionKind, type CorrectionRow, type EventField };

/** The store methods of the correction layer (a capability group of the Store interface, store.ts). */
export interface CorrectionStore {
  addCorrection(c: CorrectionIn): Promise<CorrectionRow>;
  /** the audit list: every correction, newest first (optionally of one event) */
  corrections(q?: { articleId?: string; eventId?: string; limit?: number }): Promise<CorrectionRow[]>;
  /** the engine's rows of these events (canonical articles only), for applying corrections */
  eventsByKeys(keys: { articleId: string; eventId: string }[]): Promise<EventRow[]>;
}

/** Key of an event in maps: article id + NUL + event id. */
export function eventKey(articleId: string, eventId: string): string {
  return `${articleId}\u0000${eventId}`;
}

const STATUSES = new Set(['asserted', 'planned', 'negated', 'hypothetical']);
const ISO3 = /^[A-Z]{3}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Checks a correction from the API or the CLI: a CorrectionIn, or an Error whose message is one
 * line for the user (the route answers 400 with it).
 */
export function validateCorrection(o: unknown): CorrectionIn | Error {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return new Error('a correction must be a JSON object');
  const r = o as Record<string, unknown>;
  for (const k of ['kind', 'author', 'articleId', 'eventId', 'field', 'name', 'note'] as const) {
    if (r[k] != null && typeof r[k] !== 'string') return new Error(`field "${k}" must be a string`);
    if (typeof r[k] === 'string' && (r[k] as string).length > 500) return new Error(`field "${k}" is longer than 500 characters`);
  }
  if (r.value != null && typeof r.value !== 'string') return new Error('field "value" must be a string or null');
  const kind = r.kind as CorrectionKind;
  if (!CORRECTION_KINDS.includes(kind)) return new Error(`field "kind" must be one of ${CORRECTION_KINDS.join(', ')}`);
  const author = typeof r.author === 'string' && r.author.trim() ? r.author.trim() : 'analyst';
  const value = typeof r.value === 'string' && r.value.trim() !== '' ? r.value.trim() : null;
  const note = typeof r.note === 'string' && r.note.trim() ? r.note.trim() : null;
  if (kind === 'event') {
    const articleId = typeof r.articleId === 'string' ? r.articleId : '';
    const eventId = typeof r.eventId === 'string' ? r.eventId : '';
    if (!articleId || !eventId) return new Error('an event correction needs "articleId" and "eventId"');
    const field = r.field as EventField;
    if (!EVENT_FIELDS.includes(field)) return new Error(`field "field" must be one of ${EVENT_FIELDS.join(', ')}`);
    const bad = value === null ? null : checkEventValue(field, value);
    if (bad) return new Error(bad);
    return { kind, author, articleId, eventId, field, name: null, value: field === 'source' || field === 'target' || field === 'type' ? value?.toUpperCase() ?? null : value, note };
  }
  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (!name) return new Error(`an ${kind} correction needs "name" (the actor's name)`);
  if (kind === 'actor-merge' && value === name) return new Error('an actor cannot be merged into itself');
  if (kind === 'actor-alias' && !value) return new Error('an alias needs "value" (the other spelling)');
  // a merge scoped to one article: that article's mentions of `name` go to the actor `value` (splitting an actor)
  const articleId = kind === 'actor-merge' && typeof r.articleId === 'string' && r.articleId.trim() ? r.articleId.trim() : null;
  if (kind === 'actor-alias' && r.articleId != null) return new Error('an alias concerns the actor, not one article: leave "articleId" out');
  return { kind, author, articleId, eventId: null, field: null, name, value, note };
}

/** Why `value` cannot be the new `field` of an event, or null. */
function checkEventValue(field: EventField, value: string): string | null {
  switch (field) {
    case 'flag': return value === 'wrong' ? null : 'flag takes "wrong" (or null to take the flag back)';
    case 'type': return QUAD[value.toUpperCase()] ? null : `"${value}" is not a PLOVER event type`;
    case 'status': return STATUSES.has(value) ? null : `status must be one of ${[...STATUSES].join(', ')}`;
    case 'date': return DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'date must be YYYY[-MM[-DD]]';
    default: return ISO3.test(value.toUpperCase()) ? null : `${field} must be an ISO 3166-1 alpha-3 country code such as USA`;
  }
}

/** The effective corrections of one event: the latest value per field. */
export interface EventFix {
  flagged: boolean;
  type?: string;
  status?: string;
  date?: string;
  source?: string;
  target?: string;
  /** who made the latest change and when */
  by: string;
  at: string;
}

/** The correction log folded into what reads apply. */
export interface CorrectionState {
  events: Map<string, EventFix>;
  /** actor name → the name it was merged into (followed to the end of a chain) */
  merges: Map<string, string>;
  /** the type chosen by a merge (field "type" unused: the row with most articles wins) */
  aliases: Map<string, string[]>;
  /**
   * splits: article id + NUL + stored name → the name that article's mentions are shown under
   * (an actor-merge with an article id); merges then apply to the new name as to any other
   */
  scoped: Map<string, string>;
  /** number of rows folded */
  size: number;
}

/** Folds the log (any order; applied in id order). */
export function foldCorrections(rows: readonly CorrectionRow[]): CorrectionState {
  const events = new Map<string, EventFix>();
  const direct = new Map<string, string>();
  const aliases = new Map<string, Set<string>>();
  const scoped = new Map<string, string>();
  for (const c of [...rows].sort((a, b) => a.id - b.id)) {
    if (c.kind === 'event' && c.articleId && c.eventId && c.field) {
      const k = eventKey(c.articleId, c.eventId);
      const f: EventFix = events.get(k) ?? { flagged: false, by: c.author, at: c.createdAt };
      if (c.field === 'flag') f.flagged = c.value === 'wrong';
      else if (c.value === null) delete f[c.field];
      else f[c.field] = c.value;
      f.by = c.author;
      f.at = c.createdAt;
      events.set(k, f);
    } else if (c.kind === 'actor-merge' && c.name && c.articleId) {
      const k = eventKey(c.articleId, c.name);
      if (c.value) scoped.set(k, c.value);
      else scoped.delete(k); // the split taken back for this article
    } else if (c.kind === 'actor-merge' && c.name) {
      if (c.value) direct.set(c.name, c.value);
      else direct.delete(c.name); // split: the merge taken back
    } else if (c.kind === 'actor-alias' && c.name && c.value) {
      const set = aliases.get(c.name) ?? new Set<string>();
      set.add(c.value);
      aliases.set(c.name, set);
    }
  }
  for (const [k, f] of events) {
    if (!f.flagged && Object.keys(f).every((x) => x === 'flagged' || x === 'by' || x === 'at')) events.delete(k);
  }
  const merges = new Map<string, string>();
  for (const name of direct.keys()) {
    let to = name;
    const seen = new Set<string>();
    while (direct.has(to) && !seen.has(to)) {
      seen.add(to);
      to = direct.get(to)!;
    }
    if (to !== name) merges.set(name, to);
  }
  return { events, merges, aliases: new Map([...aliases].map(([k, v]) => [k, [...v]])), scoped, size: rows.length };
}

/** Do merges or splits rename any actor? */
export function renames(state: CorrectionState): boolean {
  return state.merges.size > 0 || state.scoped.size > 0;
}

/** The name shown for an actor after splits (when the article is known) and merges. */
export function canonicalName(state: CorrectionState, name: string, articleId?: string): string {
  const split = articleId && state.scoped.size ? state.scoped.get(eventKey(articleId, name)) : undefined;
  const base = split ?? name;
  return state.merges.get(base) ?? base;
}

/** Every stored name that is shown as `name` after merges and splits (itself included). */
export function namesMergedInto(state: CorrectionState, name: string): string[] {
  const out = new Set([name, ...[...state.merges].filter(([, to]) => to === name).map(([from]) => from)]);
  // a split's new name (or a name merged into it) is stored under the old one
  for (const [k, to] of state.scoped) if (out.has(to) || canonicalName(state, to) === name) out.add(k.slice(k.indexOf('\u0000') + 1));
  return [...out];
}

/** The splits as [article id, stored name, new name]. */
export function splits(state: CorrectionState): [string, string, string][] {
  return [...state.scoped].map(([k, to]) => {
    const i = k.indexOf('\u0000');
    return [k.slice(0, i), k.slice(i + 1), to];
  });
}

/** Event fields a fix changed, in a fixed order, e.g. ['type', 'target']. */
export function fixedFields(fix: EventFix): string[] {
  return EVENT_FIELDS.filter((f) => (f === 'flag' ? fix.flagged : fix[f] !== undefined));
}

/**
 * The corrected event row: fields from the fix (a new type brings its quad score), names after
 * merges, and `corrected` / `flagged` saying what an analyst changed.
 */
export function applyEventFix(row: EventRow, state: CorrectionState): EventRow {
  const fix = state.events.get(eventKey(row.articleId, row.eventId));
  const names = (list: string[]) => (renames(state) ? [...new Set(list.map((n) => canonicalName(state, n, row.articleId)))] : list);
  const out: EventRow = { ...row, sourceNames: names(row.sourceNames), targetNames: names(row.targetNames) };
  if (!fix) return out;
  if (fix.type) {
    out.type = fix.type;
    out.score = ploverScore(fix.type, row.mode);
  }
  if (fix.status) out.status = fix.status;
  if (fix.date) out.date = fix.date;
  if (fix.source) out.sourceCountry = fix.source;
  if (fix.target) out.targetCountry = fix.target;
  out.corrected = fixedFields(fix);
  out.correctedBy = fix.by;
  out.correctedAt = fix.at;
  if (fix.flagged) out.flagged = true;
  return out;
}

/** The day a (corrected) event row is filed under, as the stores compute it. */
export function rowDay(row: EventRow): string | null {
  return eventDay(row.date, row.articleDate);
}

/**
 * A contract result with the corrections applied (for the exports): flagged events left out,
 * changed fields set, actor names merged.
 */
export function applyToResult(r: Result, articleId: string, state: CorrectionState): Result {
  if (!state.size) return r;
  const events = r.events.flatMap((e) => {
    const fix = state.events.get(eventKey(articleId, e.id));
    if (!fix) return [e];
    if (fix.flagged) return [];
    const type = (fix.type ?? e.type) as typeof e.type;
    return [{
      ...e, type, score: fix.type ? ploverScore(type, e.mode) : e.score,
      status: (fix.status ?? e.status) as typeof e.status, date: fix.date ?? e.date,
      sourceCountry: fix.source ?? e.sourceCountry, targetCountry: fix.target ?? e.targetCountry,
    }];
  });
  const actors = renames(state) ? r.actors.map((a) => ({ ...a, name: canonicalName(state, a.name, articleId) })) : r.actors;
  return { ...r, events, actors };
}

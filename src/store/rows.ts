/**
 * A contract Result flattened into the rows of the layer tables (mentions, actors, quotes,
 * events). Shared by the SQLite and PostgreSQL stores so that both hold exactly the same data.
 *
 * @example
 * const rows = layerRows('a1', result);
 * rows.events[0].week; // '2025-09-22'
 */
import type { Result } from '../contract/schema.js';
import { filingDay, isoMonday, quadClass } from './quad.js';
import { leverRows, type LeverRowDb } from './lever-rows.js';

export interface MentionRowDb {
  article_id: string; mention_id: string; start: number; end: number; text: string; type: string; actor_id: string | null;
}
export interface ActorRowDb {
  article_id: string; actor_id: string; name: string; type: string; country: string | null;
  sector: string | null; role: string | null; mentions: number;
}
export interface QuoteRowDb {
  article_id: string; quote_id: string; type: string; text: string; speaker: string | null;
  speaker_actor: string | null; speaker_country: string | null; cue: string | null;
}
export interface EventRowDb {
  article_id: string; event_id: string; type: string; quad: string | null; mode: string | null;
  status: string; score: number; date: string | null; day: string | null; week: string | null;
  source_country: string | null; target_country: string | null;
  /** JSON arrays of actor names */
  source_names: string; target_names: string;
  trigger_start: number; trigger_end: number; trigger_text: string;
  evidence_start: number; evidence_end: number; evidence_text: string;
  place_name: string | null; place_country: string | null; place_lat: number | null; place_lon: number | null;
  quote_id: string | null;
  /** migration 010: the event's confidence, date basis and a plan's announcement day */
  confidence: number | null; date_basis: string | null; announced: string | null;
}

export interface LayerRows {
  mentions: MentionRowDb[];
  actors: ActorRowDb[];
  quotes: QuoteRowDb[];
  events: EventRowDb[];
  /** trade and technology levers (migration 008, src/store/lever-rows.ts) */
  levers: LeverRowDb[];
}

/** Flattens one result into table rows; `articleId` is the stored id (it wins over result.id). */
export function layerRows(articleId: string, r: Result): LayerRows {
  const actorById = new Map(r.actors.map((a) => [a.id, a]));
  const names = (ids: string[]) => JSON.stringify(ids.map((id) => actorById.get(id)?.name ?? id));
  return {
    mentions: r.mentions.map((m) => ({
      article_id: articleId, mention_id: m.id, start: m.start, end: m.end, text: m.text, type: m.type, actor_id: m.actor,
    })),
    actors: r.actors.map((a) => ({
      article_id: articleId, actor_id: a.id, name: a.name, type: a.type, country: a.country,
      sector: a.sector, role: a.role, mentions: a.mentions.length,
    })),
    quotes: r.quotes.map((q) => {
      const actor = q.speakerActor ? actorById.get(q.speakerActor) : undefined;
      return {
        article_id: articleId, quote_id: q.id, type: q.type, text: q.text,
        speaker: actor?.name ?? q.speaker?.text ?? null, speaker_actor: q.speakerActor,
        speaker_country: actor?.country ?? null, cue: q.cue?.text ?? null,
      };
    }),
    events: r.events.map((e) => {
      const day = filingDay(e, r.date);
      return {
        article_id: articleId, event_id: e.id, type: e.type, quad: quadClass(e.type), mode: e.mode,
        status: e.status, score: e.score, date: e.date, day, week: isoMonday(day),
        source_country: e.sourceCountry, target_country: e.targetCountry,
        source_names: names(e.source), target_names: names(e.target),
        trigger_start: e.trigger.start, trigger_end: e.trigger.end, trigger_text: e.trigger.text,
        evidence_start: e.evidence.start, evidence_end: e.evidence.end,
        evidence_text: r.text.slice(e.evidence.start, e.evidence.end),
        place_name: e.place?.name ?? null, place_country: e.place?.country ?? null,
        place_lat: e.place?.lat ?? null, place_lon: e.place?.lon ?? null, quote_id: e.quote,
        confidence: e.confidence ?? null, date_basis: e.dateBasis ?? null, announced: e.announced ?? null,
      };
    }),
    levers: leverRows(articleId, r),
  };
}

/** Escapes LIKE wildcards so a user's text matches literally (used with ESCAPE '\'). */
export function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Search words of a user query: letters/digits only, so no query syntax reaches FTS. */
export function searchWords(q: string): string[] {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/**
 * Database rows → the Store's row types. Both stores select the same column names, so one
 * mapping serves both (PostgreSQL returns counts as strings: Number() them).
 *
 * @example
 * const summary = toSummary(row);
 */
import type { Lang } from '../contract/schema.js';
import type { ArticleSummary, EventRow, QuoteRow } from './store.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- rows come untyped from the drivers */

/** An articles row → ArticleSummary. */
export function toSummary(r: any): ArticleSummary {
  return {
    id: r.id, hash: r.hash, title: r.title ?? null, lang: (r.lang ?? null) as Lang | null, date: r.date ?? null,
    url: r.url ?? null, source: r.source ?? null, status: r.status, duplicateOf: r.duplicate_of ?? null,
    events: Number(r.n_events ?? 0), quotes: Number(r.n_quotes ?? 0),
    ...(r.lead != null ? { lead: String(r.lead) } : {}),
  };
}

/** An events row (joined with its article's date and source count) → EventRow. */
export function toEventRow(r: any): EventRow {
  return {
    articleId: r.article_id, eventId: r.event_id, type: r.type, mode: r.mode ?? null, status: r.status,
    score: Number(r.score), date: r.date ?? null, articleDate: r.article_date ?? null,
    sourceCountry: r.source_country ?? null, targetCountry: r.target_country ?? null,
    sourceNames: parseNames(r.source_names), targetNames: parseNames(r.target_names),
    trigger: { start: Number(r.trigger_start), end: Number(r.trigger_end), text: r.trigger_text },
    evidence: { start: Number(r.evidence_start), end: Number(r.evidence_end), text: r.evidence_text },
    place: r.place_name == null ? null : {
      name: r.place_name, country: r.place_country ?? null,
      lat: r.place_lat == null ? null : Number(r.place_lat), lon: r.place_lon == null ? null : Number(r.place_lon),
    },
    quoteId: r.quote_id ?? null,
    sources: Number(r.sources ?? 1),
    // migration 010 (PLOVER fields), absent for rows stored before
    ...(r.confidence == null ? {} : { confidence: Number(r.confidence) }),
    ...(r.date_basis == null ? {} : { dateBasis: r.date_basis as 'text' | 'article' }),
    ...(r.announced == null ? {} : { announced: r.announced as string }),
    // the article's language, for `lang` on the evidence sentence in the page
    ...(r.article_lang == null ? {} : { lang: String(r.article_lang) }),
  };
}

/** A quotes row (joined with its article) → QuoteRow. */
export function toQuoteRow(r: any): QuoteRow {
  return {
    articleId: r.article_id, quoteId: r.quote_id, type: r.type, text: r.text, speaker: r.speaker ?? null,
    speakerCountry: r.speaker_country ?? null, cue: r.cue ?? null, date: r.date ?? null, title: r.title ?? null,
    // the article's language, for `lang` on the quote in the page
    ...(r.lang == null ? {} : { lang: String(r.lang) }),
  };
}

function parseNames(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v !== 'string') return [];
  try {
    const a = JSON.parse(v);
    return Array.isArray(a) ? a.map(String) : [];
  } catch {
    return [];
  }
}

/** The id an article is stored under: its own id, else the start of its content hash. */
export function baseId(id: string | null | undefined, hash: string): string {
  const own = typeof id === 'string' ? id.trim() : '';
  return own || hash.slice(0, 16);
}

/** The id to use when `base` is taken by a different text: base + '~' + hash prefix. */
export function altId(base: string, hash: string): string {
  return `${base}~${hash.slice(0, 8)}`;
}

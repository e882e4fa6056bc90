/**
 * PLOVER event records (JSON, one per line) from contract results. Field names follow the PLOVER
 * 2.0 event-data format (event, mode, context, source/src_actor/src_agent, target/tgt_actor/
 * tgt_agent, text); Lagebild adds what makes a record auditable (trigger and evidence offsets,
 * status, score, article, number of reporting articles). The mapping is documented in docs/store.md.
 *
 * @example
 * for (const rec of ploverRecords(result, 1)) console.log(JSON.stringify(rec));
 */
import type { Actor, Result } from '../contract/schema.js';

export interface PloverRecord {
  id: string;
  date: string | null;
  event: string;
  mode: string;
  context: string;
  source: string;
  src_actor: string;
  src_agent: string;
  src_other: string;
  target: string;
  tgt_actor: string;
  tgt_agent: string;
  tgt_other: string;
  text: string;
  geo: { place_name: string; country: string | null; lat: number | null; lon: number | null } | null;
  language: string;
  publication_date: string | null;
  story_id: string;
  url: string | null;
  status: string;
  score: number;
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number };
  quote: string | null;
  sources: number;
}

/** The PLOVER records of one result (`sources` = articles that reported the story). */
export function ploverRecords(r: Result, sources = 1): PloverRecord[] {
  const actors = new Map(r.actors.map((a) => [a.id, a]));
  const side = (ids: string[]) => {
    const list = ids.map((id) => actors.get(id)).filter((a): a is Actor => !!a);
    return {
      actor: list.map((a) => a.name).join('; '),
      agent: list.find((a) => a.sector)?.sector ?? '',
      other: [...new Set(list.map((a) => a.role).filter((x): x is string => !!x))].join('; '),
    };
  };
  return r.events.map((e) => {
    const s = side(e.source), t = side(e.target);
    return {
      id: `${r.id}-${e.id}`,
      date: e.date ?? r.date,
      event: e.type,
      mode: e.mode ?? '',
      context: e.context.join(','),
      source: e.sourceCountry ?? '',
      src_actor: s.actor,
      src_agent: s.agent,
      src_other: s.other,
      target: e.targetCountry ?? '',
      tgt_actor: t.actor,
      tgt_agent: t.agent,
      tgt_other: t.other,
      text: r.text.slice(e.evidence.start, e.evidence.end),
      geo: e.place ? { place_name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon } : null,
      language: r.lang,
      publication_date: r.date,
      story_id: r.id,
      url: r.url ?? null,
      status: e.status,
      score: e.score,
      trigger: e.trigger,
      evidence: e.evidence,
      quote: e.quote,
      sources,
    };
  });
}

/**
 * PLOVER 2.0 event records (JSON, one per line) from contract results, exactly as the manual defines
 * the record (src/contract/plover-record.ts): `actor`/`recipient` lists of entity objects (code = the
 * ISO 3166 alpha-3 country or a non-state code IGO/UNO/EUR/NGO; sector one of the manual's 25),
 * `event`/`mode`/`context` lists (the auxiliary modes future/negation/hypothetical/historical in
 * `context`), `quad_code` and `event_scale` from the manual's tables, `event_text`, `event_loc`,
 * `text`, `cite_info`. `date` is a full day: a plan's announcement day (PLOVER codes the AGREE or
 * THREATEN when it is said), else the event's date (a month or year as its first day), else the
 * publication day; how precise it is, and the rest of what makes a record auditable, is in the
 * extension object `lagebild`. Mapping: docs/events.md, "Exports".
 *
 * @example
 * for (const rec of ploverRecords(result, 1)) console.log(JSON.stringify(rec));
 */
import type { Actor, Event, Result } from '../contract/schema.js';
import type { PloverEntity, PloverRecord } from '../contract/plover-record.js';
import { lexicon } from '../lang/lexicon.js';
import { plover } from '../plover/index.js';
import { countryWikidata, wikidataOf } from '../registry/identifiers.js';
import { geonamesOf } from '../events/places.js';
import { keepEvent, type ExportFilter } from './filter.js';
import { leverExtension } from './levers.js';

export type { PloverRecord } from '../contract/plover-record.js';

/** The event's levers in the extension object (docs/levers.md), or nothing when it has none. */
function leversOf(r: Result, eventId: string): { levers?: ReturnType<typeof leverExtension> } {
  const l = leverExtension(r, eventId);
  return l.length ? { levers: l } : {};
}

const CODER = 'lagebild';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

let igo: { exact: Map<string, string>; prefix: [string, string][] } | undefined;

/** The non-state code of an international organisation or its official (lexicons/plover/igo-codes.tsv), IGO when not listed. */
function igoCode(name: string): string {
  if (!igo) {
    igo = { exact: new Map(), prefix: [] };
    for (const [n, c] of lexicon('plover', 'igo-codes')) {
      if (n.endsWith('*')) igo.prefix.push([n.slice(0, -1), c]);
      else igo.exact.set(n, c);
    }
  }
  return igo.exact.get(name) ?? igo.prefix.find(([p]) => name.startsWith(p))?.[1] ?? 'IGO';
}

/** The PLOVER entity object of an actor (or of a country alone). */
export function entityOf(a: Actor | undefined, country: string | null): PloverEntity | null {
  const v = plover();
  if (!a) {
    if (!country) return null;
    const id = countryWikidata(country);
    return { code: country, entity_text: country, ...(id ? { identifier_id: id.id, identifier_text: id.text } : {}) };
  }
  const ent: PloverEntity = { entity_text: a.name };
  const sector = a.sector ?? '';
  const code = a.country ?? (sector === 'IGO' ? igoCode(a.name) : v.nonstate.has(sector) ? sector : country);
  if (code) ent.code = code;
  if (v.sectors.includes(sector)) ent.sector = sector;
  if (a.role) ent.office = a.role;
  const id = wikidataOf(a);
  if (id) {
    ent.identifier_id = id.id;
    ent.identifier_text = id.text;
  }
  return ent;
}

/** The record's day and how precise it is. */
function recordDate(e: Event, articleDate: string | null): { date: string; precision: 'day' | 'month' | 'year' | 'publication' } | null {
  if (e.status === 'planned' && e.announced && DAY.test(e.announced)) return { date: e.announced, precision: 'day' };
  const d = e.date;
  if (d && DAY.test(d)) return { date: d, precision: 'day' };
  if (d && /^\d{4}-\d{2}$/.test(d)) return { date: `${d}-01`, precision: 'month' };
  if (d && /^\d{4}$/.test(d)) return { date: `${d}-01-01`, precision: 'year' };
  return articleDate && DAY.test(articleDate) ? { date: articleDate, precision: 'publication' } : null;
}

/**
 * The PLOVER records of one result (`sources` = articles that reported the story), with the export
 * filter applied. An event without any date (no date of its own, no article date) has no record: the
 * manual requires `date`.
 */
export function ploverRecords(r: Result, sources = 1, filter: ExportFilter = {}, codedDate?: string): PloverRecord[] {
  const v = plover();
  const actors = new Map(r.actors.map((a) => [a.id, a]));
  const side = (ids: string[], country: string | null) => {
    const list = ids.map((id) => entityOf(actors.get(id), country)).filter((x): x is PloverEntity => !!x);
    if (!list.length) {
      const c = entityOf(undefined, country);
      if (c) list.push(c);
    }
    return list;
  };
  const out: PloverRecord[] = [];
  for (const e of r.events) {
    if (!keepEvent(e, r.date, filter)) continue;
    const when = recordDate(e, r.date);
    const actor = side(e.source, e.sourceCountry);
    if (!when || !actor.length) continue;
    const recipient = side(e.target, e.targetCountry);
    const context = [...e.context.filter((c) => v.contexts.includes(c)), ...(e.aux ?? [])];
    const rec: PloverRecord = {
      id: `${r.id}-${e.id}`,
      date: when.date,
      actor,
      ...(recipient.length ? { recipient } : {}),
      event: [e.type],
      mode: e.mode && v.hasMode(e.type, e.mode) ? [e.mode] : [],
      context,
      quad_code: v.quadCode(e.type) ?? undefined,
      // a negated event did not happen: it has no place on the conflict-cooperation scale
      ...(e.status === 'negated' ? {} : { event_scale: v.eventScale(e.type, e.mode) }),
      event_text: [e.trigger.text],
      text: r.text.slice(e.evidence.start, e.evidence.end),
      cite_info: {
        corpus: CODER,
        ...(r.url ? { url: r.url } : {}),
        ...(r.title ? { title: r.title } : {}),
        language: r.lang,
        ...(r.source ? { publication: r.source } : {}),
        coder: CODER,
        codebook: 'PLOVER 2.0',
      },
      coder: CODER,
      ...(codedDate ? { coded_date: codedDate } : {}),
      lagebild: {
        date_precision: when.precision,
        date_text: e.dateText,
        date_basis: e.dateBasis ?? null,
        ...(e.status === 'planned' && e.date ? { planned_date: e.date } : {}),
        status: e.status,
        confidence: e.confidence ?? null,
        trigger: e.trigger,
        evidence: e.evidence,
        context_evidence: e.contextEvidence ?? [],
        quote: e.quote,
        story_id: r.id,
        sources,
        ...leversOf(r, e.id),
      },
    };
    if (rec.quad_code === undefined) delete rec.quad_code;
    if (e.place) {
      rec.event_loc = {
        extracted_place: e.place.name,
        ...(e.place.country ? { country_code: e.place.country } : {}),
        ...(e.place.lat !== null ? { lat: e.place.lat } : {}),
        ...(e.place.lon !== null ? { lon: e.place.lon } : {}),
      };
      // a city keeps its GeoNames id and feature code (PLOVER `geonameid`, `feature_code`)
      const g = e.place.lat !== null ? geonamesOf(e.place.name, e.place.country) : null;
      if (g) {
        rec.event_loc.geonameid = g.geonameid;
        if (g.featureCode) {
          rec.event_loc.feature_class = 'P';
          rec.event_loc.feature_code = g.featureCode;
        }
      }
    }
    if (r.url) rec.link = r.url;
    out.push(rec);
  }
  return out;
}

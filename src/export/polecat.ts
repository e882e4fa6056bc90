/**
 * POLECAT-style weekly TSV rows (the public dataset coded in PLOVER): one row per PLOVER record of
 * ./plover.ts, in the columns POLECAT publishes (POLECAT_COLUMNS). "Wikipedia Actor/Recipient ID" is
 * the Wikidata id of the first entity where known (src/registry/identifiers.ts: states, the EU, the
 * UN), "GeoNames ID", "City" and "Feature Type" are filled for places that are GeoNames cities; fields
 * Lagebild does not know (COW codes, district, province) stay empty; several values in one cell are
 * joined by ";". Tabs and line breaks inside values become spaces.
 *
 * @example
 * out.write(polecatHeader()); for (const line of polecatLines(result, 1)) out.write(line);
 */
import type { Result } from '../contract/schema.js';
import type { PloverEntity } from '../contract/plover-record.js';
import type { ExportFilter } from './filter.js';
import { ploverRecords } from './plover.js';

export const POLECAT_COLUMNS = [
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version',
] as const;

const VERSION = 'lagebild PLOVER 2.0';

const cell = (x: string | number | null | undefined): string => (x === null || x === undefined ? '' : String(x).replace(/[\t\r\n]+/g, ' '));
const line = (cells: (string | number | null | undefined)[]): string => `${cells.map(cell).join('\t')}\n`;

/** The header line. */
export function polecatHeader(): string {
  return line([...POLECAT_COLUMNS]);
}

/** The eight actor (or recipient) columns of a list of entities. */
function sideCells(list: PloverEntity[] | undefined, raw: string): (string | null)[] {
  const l = list ?? [];
  const first = l[0];
  return [
    l.map((x) => x.entity_text).join(';'), first?.code ?? null, null, first?.sector ?? null,
    [...new Set(l.map((x) => x.sector).filter(Boolean))].join(';'), first?.office ?? null, raw, first?.identifier_id ?? null,
  ];
}

/** The TSV lines (with newline) of one result, filtered like the API. */
export function polecatLines(r: Result, sources = 1, filter: ExportFilter = {}): string[] {
  const byType = (...types: string[]) => [...new Set(r.actors.filter((a) => types.includes(a.type)).map((a) => a.name))].join(';');
  const people = byType('PER');
  const orgs = byType('ORG');
  const locations = byType('GPE', 'LOC');
  const events = new Map(r.events.map((e) => [`${r.id}-${e.id}`, e]));
  const rawOf = (ids: string[]) => ids.map((id) => {
    const a = r.actors.find((x) => x.id === id);
    const m = a && r.mentions.find((x) => x.id === a.mentions[0]);
    return m?.text ?? a?.name ?? '';
  }).join(';');
  return ploverRecords(r, sources, filter).map((rec) => {
    const e = events.get(rec.id)!;
    const loc = rec.event_loc;
    return line([
      rec.id, rec.date, rec.event.join(';'), (rec.mode ?? []).join(';'), rec.event_scale ?? null, rec.quad_code ?? null, (rec.context ?? []).join(';'),
      ...sideCells(rec.actor, rawOf(e.source)), ...sideCells(rec.recipient, rawOf(e.target)),
      loc?.extracted_place ?? null, loc?.geonameid !== undefined ? loc.extracted_place ?? null : null, null, null, loc?.country_code ?? null,
      loc?.lat ?? null, loc?.lon ?? null, loc?.geonameid ?? null, loc?.extracted_place ?? null, loc?.feature_code ?? null,
      r.source ?? r.url ?? null, r.date, people, orgs, locations, r.lang, VERSION,
    ]);
  });
}

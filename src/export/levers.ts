/**
 * Levers in the exports (docs/levers.md): `lagebild export --format levers-csv` writes one CSV row
 * per lever, `--format levers-jsonl` one JSON object per lever (the contract lever with its
 * article, actor names and evidence text), over canonical articles (a near-duplicate's levers
 * once, with the number of reporting articles). `leverExtension` gives the levers an event's
 * PLOVER record carries in its extension fields.
 *
 * @example
 * for (const row of leverExportRows(result, 1)) console.log(leverCsvLine(row));
 */
import type { Lever, Result } from '../contract/schema.js';
import { csvLine } from './csv.js';

/** One exported lever: the contract lever, resolved names, its article and evidence. */
export interface LeverExportRow extends Lever {
  articleId: string;
  articleDate: string | null;
  url: string | null;
  lang: string;
  imposerNames: string[];
  targetNames: string[];
  speakerName: string | null;
  evidenceText: string;
  /** articles that reported the story (near-duplicates included) */
  sources: number;
}

export const LEVER_CSV_COLUMNS = [
  'article_id', 'lever_id', 'kind', 'instrument', 'direction', 'status', 'imposer_country', 'imposer', 'target_country',
  'target', 'good', 'good_text', 'magnitude_value', 'magnitude_unit', 'magnitude_text', 'date', 'date_basis',
  'article_date', 'cue', 'evidence', 'event_id', 'speaker', 'lang', 'url', 'sources',
] as const;

/** The levers of one result as export rows (none for a result without a lever layer). */
export function leverExportRows(r: Result, sources = 1): LeverExportRow[] {
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id);
  return (r.levers ?? []).map((l) => ({
    ...l,
    articleId: r.id, articleDate: r.date, url: r.url ?? null, lang: r.lang,
    imposerNames: names(l.imposer), targetNames: names(l.target),
    speakerName: l.speaker ? name.get(l.speaker) ?? null : null,
    evidenceText: r.text.slice(l.evidence.start, l.evidence.end),
    sources,
  }));
}

/** The CSV header line. */
export function leverCsvHeader(): string {
  return csvLine([...LEVER_CSV_COLUMNS]);
}

/** The CSV line of one lever (a magnitude range by its upper bound). */
export function leverCsvLine(l: LeverExportRow): string {
  const v = l.magnitude?.value;
  return csvLine([
    l.articleId, l.id, l.kind, l.instrument, l.direction, l.status, l.imposerCountry, l.imposerNames.join('; '),
    l.targetCountry, l.targetNames.join('; '), l.good, l.goodText?.text, v === undefined ? null : Array.isArray(v) ? v[1] : v,
    l.magnitude?.unit, l.magnitude?.text, l.date, l.dateBasis, l.articleDate, l.cue.text, l.evidenceText, l.event,
    l.speakerName, l.lang, l.url, l.sources,
  ]);
}

/** The levers an event's PLOVER record carries (extension field): those the lever layer tied to the event. */
export function leverExtension(r: Result, eventId: string): { instrument: string; good: string | null; magnitude: string | null; direction: string | null; status: string }[] {
  return (r.levers ?? []).filter((l) => l.event === eventId).map((l) => ({
    instrument: l.instrument, good: l.good, magnitude: l.magnitude?.text ?? null, direction: l.direction, status: l.status,
  }));
}

/**
 * GET /api/export: streams the store through the project's exporter (src/export/): JSON Lines of
 * contract results, CSV with one row per event, PLOVER JSON records, POLECAT TSV or levers, page
 * by page. Every export takes the API's event filters (date range, dyad, type, status, minimum
 * confidence: src/export/filter.ts, applied by exportStore). The dashboard's view filters that the
 * exporter cannot apply to a stored result (actor, q, place) select the matching events through
 * the store's event query first; the export then keeps those events and the articles reporting
 * them. Reads go through the corrected view, so exports show the analysts' corrections.
 *
 * @example
 * await streamExport(store, 'csv', res);
 * await streamExport(store, 'csv', res, { source: 'USA', target: 'CHN', either: true, q: 'Zoll' });
 */
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { exportStore, type ExportFormat } from '../export/export.js';
import { CSV_COLUMNS, csvLine, eventCsvLine } from '../export/csv.js';
import { leverCsvHeader, leverCsvLine, leverExportRows } from '../export/levers.js';
import { ploverRecords } from '../export/plover.js';
import { polecatHeader, polecatLines } from '../export/polecat.js';
import type { EventQuery, EventRow } from '../store/store.js';

import { BASE_HEADERS } from './http-util.js';
import type { Store } from '../store/store.js';

const TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  polecat: 'text/tab-separated-values; charset=utf-8',
  'levers-csv': 'text/csv; charset=utf-8',
  'levers-jsonl': 'application/x-ndjson; charset=utf-8',
};

/** The export filter: the API's event query (minimum confidence included). */
export type ExportQuery = EventQuery;

/** Page size of a filtered event walk. */
const PAGE = 2000;

async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** True when the filter restricts anything. */
export function hasFilter(f: ExportQuery | undefined): f is ExportQuery {
  return !!f && Object.entries(f).some(([k, v]) => k !== 'limit' && k !== 'offset' && v !== undefined && v !== false);
}

/** Every event of the filter, page by page (flagged events left out, as in the full export). */
async function* filteredEvents(store: Store, f: EventQuery): AsyncGenerator<EventRow> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.events({ ...f, limit: PAGE, offset });
    for (const r of rows) if (!r.flagged) yield r;
    if (rows.length < PAGE) return;
  }
}

/** Streams the export in `format` to `res` as a download, optionally only the events of `filter`. */
export async function streamExport(store: Store, format: ExportFormat, res: ServerResponse, filter: ExportQuery = {}): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const ext = format.endsWith('csv') ? 'csv' : format === 'polecat' ? 'tsv' : 'jsonl';
  const prefix = format === 'plover' || format === 'polecat' ? `${format}-` : format.startsWith('levers') ? 'levers-' : '';
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': TYPES[format],
    'content-disposition': `attachment; filename="lagebild-${prefix}${hasFilter(filter) ? 'filtered-' : ''}${day}.${ext}"`,
  });
  const { actor, q, place, limit: _l, offset: _o, ...rest } = filter;
  // the CSV rows of exportStore carry no confidence: a minimum confidence goes through the event query
  const csvByConfidence = format === 'csv' && filter.minConfidence !== undefined;
  if (actor === undefined && q === undefined && place === undefined && !csvByConfidence) {
    // exportStore only reads allResults/allEvents/allStories, which Store guarantees.
    await exportStore(store as unknown as Parameters<typeof exportStore>[0], format, res, rest);
    res.end();
    return;
  }
  if (format === 'csv') {
    await put(res, csvLine([...CSV_COLUMNS]));
    for await (const e of filteredEvents(store, filter)) await put(res, eventCsvLine({ ...e, url: null }));
    res.end();
    return;
  }
  // the other formats: the stories that report a matching event (keys kept in memory: one filter's events)
  const keys = new Set<string>();
  for await (const e of filteredEvents(store, filter)) keys.add(`${e.articleId}-${e.eventId}`);
  const articles = new Set([...keys].map((k) => k.slice(0, k.lastIndexOf('-'))));
  const coded = day;
  if (format === 'polecat') await put(res, polecatHeader());
  if (format === 'levers-csv') await put(res, leverCsvHeader());
  for await (const { result, sources } of store.allStories()) {
    if (!articles.has(result.id ?? '')) continue;
    if (format === 'jsonl') await put(res, `${JSON.stringify(result)}\n`);
    else if (format === 'plover') {
      for (const rec of ploverRecords(result, sources, rest, coded)) if (keys.has(rec.id)) await put(res, `${JSON.stringify(rec)}\n`);
    } else if (format === 'polecat') {
      for (const l of polecatLines(result, sources, rest)) await put(res, l);
    } else {
      for (const row of leverExportRows(result, sources)) await put(res, format === 'levers-csv' ? leverCsvLine(row) : `${JSON.stringify(row)}\n`);
    }
  }
  res.end();
}

/**
 * GET /api/export: streams the whole store through the project's exporter (src/export/): JSON
 * Lines of contract results, CSV with one row per event, or PLOVER JSON records, page by page.
 * With event filters (the dashboard passes its view's: source, target, either, type, status,
 * from, to, actor, q), only the matching events are exported: CSV rows and PLOVER records of
 * those events, and the JSONL results of the articles that report them. Reads go through the
 * corrected view, so exports show the analysts' corrections.
 *
 * @example
 * await streamExport(store, 'csv', res);
 * await streamExport(store, 'csv', res, { source: 'USA', target: 'CHN', either: true });
 */
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { exportStore, type ExportFormat } from '../export/export.js';
import { CSV_COLUMNS, csvLine, eventCsvLine } from '../export/csv.js';
import { ploverRecords } from '../export/plover.js';
import type { EventQuery, EventRow } from '../store/store.js';
import type { ServerStore } from './server-store.js';
import { BASE_HEADERS } from './http-util.js';

const TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
};

/** Page size of a filtered export. */
const PAGE = 2000;

async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** True when the filter restricts anything. */
export function hasFilter(f: EventQuery | undefined): f is EventQuery {
  return !!f && Object.entries(f).some(([k, v]) => k !== 'limit' && k !== 'offset' && v !== undefined && v !== false);
}

/** Every event of the filter, page by page (flagged events left out, as in the full export). */
async function* filteredEvents(store: ServerStore, f: EventQuery): AsyncGenerator<EventRow> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.events({ ...f, limit: PAGE, offset });
    for (const r of rows) if (!r.flagged) yield r;
    if (rows.length < PAGE) return;
  }
}

/** Streams the export in `format` to `res` as a download, optionally only the events of `filter`. */
export async function streamExport(store: ServerStore, format: ExportFormat, res: ServerResponse, filter?: EventQuery): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const ext = format === 'csv' ? 'csv' : 'jsonl';
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': TYPES[format],
    'content-disposition': `attachment; filename="lagebild-${format === 'plover' ? 'plover-' : ''}${hasFilter(filter) ? 'filtered-' : ''}${day}.${ext}"`,
  });
  if (!hasFilter(filter)) {
    // exportStore only reads allResults/allEvents/allStories, which ServerStore guarantees.
    await exportStore(store as unknown as Parameters<typeof exportStore>[0], format, res);
    res.end();
    return;
  }
  if (format === 'csv') {
    await put(res, csvLine([...CSV_COLUMNS]));
    for await (const e of filteredEvents(store, filter)) await put(res, eventCsvLine({ ...e, url: null }));
    res.end();
    return;
  }
  // jsonl / plover: the stories that report a matching event (keys kept in memory: one filter's events)
  const keys = new Set<string>();
  for await (const e of filteredEvents(store, filter)) keys.add(`${e.articleId}-${e.eventId}`);
  const articles = new Set([...keys].map((k) => k.slice(0, k.lastIndexOf('-'))));
  for await (const { result, sources } of store.allStories()) {
    if (!articles.has(result.id ?? '')) continue;
    if (format === 'jsonl') await put(res, `${JSON.stringify(result)}\n`);
    else for (const rec of ploverRecords(result, sources)) if (keys.has(rec.id)) await put(res, `${JSON.stringify(rec)}\n`);
  }
  res.end();
}

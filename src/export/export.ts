/**
 * Writes the stored analyses in one of four formats to a stream, page by page (flat memory):
 * jsonl = every contract result, one per line; csv = one row per event (near-duplicates'
 * events once, with the number of reporting articles); plover = PLOVER 2.0 JSON event records, one
 * per line (canonical articles only); polecat = POLECAT's weekly TSV columns, one row per record.
 * Every format takes the API's event filters (src/export/filter.ts): jsonl keeps the results with
 * at least one event that passes, csv/plover/polecat the events that pass (csv rows carry no
 * confidence: the minimum confidence applies to plover, polecat and jsonl).
 * levers-csv / levers-jsonl = one row / object per trade or technology lever (canonical articles
 * only, src/export/levers.ts; the event filters do not apply to levers).
 *
 * @example
 * const n = await exportStore(store, 'csv', process.stdout, { type: 'SANCTION' });
 */
import { once } from 'node:events';

import { CSV_COLUMNS, csvLine, eventCsvLine } from './csv.js';
import { ploverRecords } from './plover.js';
import { polecatHeader, polecatLines } from './polecat.js';
import { isEmptyFilter, keepEvent, type ExportFilter } from './filter.js';

import { leverCsvHeader, leverCsvLine, leverExportRows } from './levers.js';
import type { Store } from '../store/store.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'polecat', 'levers-csv', 'levers-jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes with backpressure. */
async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Exports everything in `format`; returns the number of records written. */
export async function exportStore(store: Store, format: ExportFormat, out: NodeJS.WritableStream, filter: ExportFilter = {}): Promise<number> {
  let n = 0;
  const all = isEmptyFilter(filter);
  if (format === 'jsonl') {
    for await (const r of store.allResults()) {
      if (!all && !('events' in r && r.events.some((e) => keepEvent(e, r.date, filter)))) continue;
      await put(out, `${JSON.stringify(r)}\n`);
      n++;
    }
  } else if (format === 'csv') {
    await put(out, csvLine([...CSV_COLUMNS]));
    const { minConfidence: _ignored, ...rowFilter } = filter;
    for await (const e of store.allEvents()) {
      if (!all && !keepEvent(e, e.articleDate, rowFilter)) continue;
      await put(out, eventCsvLine(e));
      n++;
    }
  } else if (format === 'levers-csv' || format === 'levers-jsonl') {
    // levers of canonical articles (src/export/levers.ts, docs/levers.md)
    if (format === 'levers-csv') await put(out, leverCsvHeader());
    for await (const { result, sources } of store.allStories()) {
      for (const row of leverExportRows(result, sources)) {
        await put(out, format === 'levers-csv' ? leverCsvLine(row) : `${JSON.stringify(row)}\n`);
        n++;
      }
    }
  } else if (format === 'polecat') {
    await put(out, polecatHeader());
    for await (const { result, sources } of store.allStories()) {
      for (const l of polecatLines(result, sources, filter)) {
        await put(out, l);
        n++;
      }
    }
  } else {
    const coded = new Date().toISOString().slice(0, 10);
    for await (const { result, sources } of store.allStories()) {
      for (const rec of ploverRecords(result, sources, filter, coded)) {
        await put(out, `${JSON.stringify(rec)}\n`);
        n++;
      }
    }
  }
  return n;
}

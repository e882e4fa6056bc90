/**
 * Stage `header`: recognises the plain-text photo header `date YYYY-MM-DD <credit> <caption>` on
 * the first line (CONTRACT.md) and sets doc.header, doc.headerSpans, doc.bodyStart, and doc.date
 * from the header when the article has no date yet. Without such a line: header null, bodyStart 0.
 * The parsing itself lives in src/read/header-line.ts (the text reader uses it for the date too).
 *
 * @example
 * const doc = createDoc({ id: 'x', text: 'date 2025-01-02 Foto: A. Beispiel/dpa Ein Bild\n\nText.', lang: 'de', date: null });
 * header.run(doc); // doc.header → { date: '2025-01-02', credit: 'A. Beispiel/dpa', caption: 'Ein Bild' }
 */
import type { Stage } from '../stage.js';
import { parseHeaderLine } from '../../read/header-line.js';

/** The header stage (first in the registry). */
export const header: Stage = {
  name: 'header',
  description: 'photo header line: date, credit and caption of plain-text articles',
  requires: ['text'],
  assigns: ['header', 'headerSpans', 'bodyStart'],
  amends: ['date'],
  run(doc) {
    const h = parseHeaderLine(doc.text);
    if (!h) {
      doc.header = null;
      doc.headerSpans = null;
      doc.bodyStart = 0;
      return;
    }
    doc.header = { date: h.date, credit: h.credit, caption: h.caption };
    doc.headerSpans = { line: h.spans.line, date: h.spans.date, credit: h.spans.credit, caption: h.spans.caption };
    doc.bodyStart = h.bodyStart;
    if (doc.date === null) doc.date = h.date;
  },
};

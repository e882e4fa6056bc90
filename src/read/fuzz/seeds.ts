/**
 * Seed material for the reader fuzz test, written by the Lagebild team for this test (no text
 * from ../shared): short German and English news-like sentences with quotes, names, dates and
 * amounts, and the skeletons of the input forms (HTML page, JSON article, photo header line).
 *
 * @example
 * const text = SENTENCES_DE.join(' ');
 */

/** German sentences with the things the pipeline looks for (quotes, roles, dates, amounts). */
export const SENTENCES_DE: readonly string[] = [
  'Die Bürgermeisterin von Kleinstadt, Anna Beispiel, traf am Montag den Landrat Otto Muster.',
  '„Wir werden die Brücke bis 2027 sanieren“, sagte sie nach dem Treffen.',
  'Der Verband forderte 4,5 Millionen Euro für die Schulen im Kreis.',
  'Laut Polizei wurden am 3. März zwei Demonstranten festgenommen.',
  'Minister Karl Probe kritisierte die Opposition scharf: »Das ist unverantwortlich.«',
  'Die Regierung in Berlin kündigte Sanktionen gegen das Unternehmen Testwerk AG an.',
  'Nach Angaben des Vereins kamen rund 12.000 Menschen zur Kundgebung.',
  'Er habe ‚keinerlei Kenntnis‘ von den Zahlungen gehabt, erklärte der Sprecher.',
];

/** English sentences of the same kinds. */
export const SENTENCES_EN: readonly string[] = [
  'The mayor of Sampletown, Jane Example, met the governor on Tuesday.',
  '"We will rebuild the bridge by 2027," she said after the meeting.',
  'The union demanded $4.5 million for local schools, according to a statement.',
  'Police arrested two protesters on March 3 near the city hall.',
  'Foreign Minister John Test accused the rival party of lying: "This is reckless."',
  'The government in London announced sanctions against Widget Corp.',
  'About 12,000 people joined the rally, organisers said.',
  "He had 'no knowledge' of the payments, a spokesman told reporters.",
];

/** Photo header lines (first line of a plain-text article), valid and nearly valid. */
export const HEADER_LINES: readonly string[] = [
  'date 2025-06-07 Foto: Erika Muster/dpa Demonstranten vor dem Rathaus',
  'date 2024-02-29 Jane Roe/Pool via REUTERS The minister arrives in Geneva',
  'date 2023-11-30 Menschen warten am Bahnhof. Max Beispiel/AFP',
  'date 2025-13-45 (Photo: Someone/Getty Images) An impossible date',
  'date 2025-02-30 © Imago | Pool Kein echter Tag',
  'date 2025-06-07',
  'date  2025-06-07  Photo by  ',
  'date 0000-00-00 Bild: / via / |',
];

/** A small HTML news page with metadata in the usual places; `{BODY}` is replaced by paragraphs. */
export const HTML_PAGE = `<!doctype html>
<html lang="de-AT"><head><meta charset="utf-8">
<title>Brücke wird saniert</title>
<meta property="og:title" content="Die Brücke wird saniert">
<meta property="article:published_time" content="2025-06-07T09:30:00+02:00">
<meta property="og:site_name" content="Beispielblatt">
<link rel="canonical" href="https://example.org/bruecke">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body><nav><a href="/">Start</a> | <a href="/politik">Politik</a></nav>
<article><h1>Die Brücke wird saniert</h1>{BODY}</article>
<footer>© Beispielblatt</footer></body></html>`;

/** A JSON article with every contract field. */
export const JSON_ARTICLE = {
  id: 'fuzz-1', lang: 'de', date: '2025-06-07', title: 'Brücke', url: 'https://example.org/b', source: 'Beispielblatt',
  text: '',
};

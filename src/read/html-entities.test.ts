import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { decodeTextEntities } from './html-entities.js';
import { blockText, htmlToArticle } from './html-text.js';
import { htmlItem } from './formats.js';
import { readLimits } from './limits.js';

/** Text and title of a page read as the parser reads it, and read after decodeTextEntities (threshold 0). */
function bothWays(html: string): [string, string] {
  const plain = parseHTML(html).document;
  const { html: pre, restore } = decodeTextEntities(html, 0);
  const dec = parseHTML(pre).document;
  const read = (d: typeof plain, r: (s: string) => string) =>
    `${r(d.querySelector('title')?.textContent ?? '')} | ${r(blockText(d as never))} | ${d.querySelector('a')?.getAttribute('title') ?? ''}`;
  return [read(plain, (s) => s), read(dec, restore)];
}

test('decoding references before parsing reads pages exactly as the parser does', () => {
  const pages = [
    '<html><head><title>Tom &amp; Jerry &lt;3</title></head><body><p>a &amp;lt; b &#60;c&#x3E; &nbsp;x&auml &copy;2025 &bogus; &amp</p></body></html>',
    '<p>Zölle &amp; Handel</p><script>if (a &amp;&amp; b < c) x("&amp;")</script><p>&quot;Zitat&quot; &#8222;so&#8220;</p>',
    '<p>vor<!-- &amp; kommentar <p> --> nach &amp; ende</p><style>p::after{content:"&amp;"}</style>',
    '<p><a title="x &amp; y > z" href="?a=1&amp;b=2">Link &amp; mehr</a> &lt;b&gt;fett&lt;/b&gt;</p>',
    '<p>1 < 2 &amp; 3 <= 4 &amp;amp; <br>neue Zeile &#0; &#xD800; &#128512;</p>',
    '<p>offen &amp; <a title="nie zu',
    '<textarea>&lt;x&gt;</textarea><xmp>&amp;</xmp><p>platzhalter &amp;</p>',
    '<p>&ampx &#x; & allein &AMP; &#65 &notit; &#99999999; &#x110000; &#128; &Auml;&Aumlx &am &lt&gt &#38;amp;</p>',
  ];
  for (const page of pages) {
    const [want, got] = bothWays(page);
    assert.equal(got, want, page);
  }
  // the placeholders are noncharacters: any in the page are dropped
  const { html, restore } = decodeTextEntities('<p>\ufdd0a &amp; b\ufdd1</p>', 0);
  assert.equal(restore(blockText(parseHTML(html).document as never)), 'a & b');
});

test('5 MB of &amp; (and 200 KB of mixed references) are read fast and in one piece (issue 15, item 5)', () => {
  const limits = readLimits({ maxPageBytes: 12 * 1024 * 1024, maxArticleBytes: 12 * 1024 * 1024 });
  const page = `<html><head><title>A &amp; B</title></head><body><p>${'&amp;'.repeat(1024 * 1024)}</p></body></html>`;
  let t = Date.now();
  const item = htmlItem(Buffer.from(page), 'amp.html', limits);
  const ms = Date.now() - t;
  assert.ok('article' in item, JSON.stringify(item).slice(0, 200));
  assert.equal(item.article.text, '&'.repeat(1024 * 1024));
  assert.equal(item.article.title, 'A & B');
  // before: 25 s and 1 GB on a quiet machine; now about 3 s on a loaded one
  assert.ok(ms < 15_000, `${ms} ms`);
  const mixed = `<p>${'Wort &lt;b&gt; &auml;&#246;&#xFC; &amp;amp; '.repeat(5_000)}</p>`;
  t = Date.now();
  const a = htmlToArticle(mixed);
  assert.ok(Date.now() - t < 15_000, `${Date.now() - t} ms`);
  assert.ok(a.text.startsWith('Wort <b> äöü &amp; Wort'), a.text.slice(0, 40));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readSource, SourceError, type ReadItem, type ReadOptions } from './index.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function all(spec: string, opts: ReadOptions = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSource(spec, opts)) out.push(item);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'lagebild-read-'));
}

test('plain text: the header date becomes the article date, text kept as given', async () => {
  const [item] = await all(join(FIX, 'header.txt'));
  assert.ok('article' in item);
  assert.equal(item.article.date, '2024-04-12');
  assert.ok(item.article.text.startsWith('date 2024-04-12 Foto:'));
});

test('html: main text without navigation, scripts or footer; metadata from the head', async () => {
  const [item] = await all(join(FIX, 'page.html'));
  assert.ok('article' in item, JSON.stringify(item));
  const a = item.article;
  assert.equal(a.title, 'Ministers meet in Oslo');
  assert.equal(a.date, '2024-02-03');
  assert.equal(a.lang, 'en');
  assert.equal(a.url, 'https://news.example.org/oslo-meeting');
  assert.equal(a.source, 'Example News');
  assert.match(a.text, /fishing rights in the Barents Sea/);
  assert.match(a.text, /\n\n/);
  assert.doesNotMatch(a.text, /tracking|Copyright|font-family/);
});

test('html: malformed markup still gives its text; markup without text is a no-text item', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'a.html'), '<html><body><div><p>Die Gespräche in <b>Rom <i>dauerten</p> bis in die Nacht<div></span></table>');
    writeFileSync(join(dir, 'b.html'), '<html><head><title>x</title></head><body><script>1</script></body></html>');
    const [a, b] = await all(dir);
    assert.ok('article' in a);
    assert.match(a.article.text, /Die Gespräche in Rom dauerten/);
    assert.match(a.article.text, /bis in die Nacht/);
    assert.ok('error' in b && b.error.code === 'no-text');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('html: pathological nesting is read quickly by the block walk, not by readability', async () => {
  const dir = tmp();
  try {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Ganz unten steht ein Satz über Gespräche in Brüssel.</p>${'</div>'.repeat(5000)}</body></html>`;
    writeFileSync(join(dir, 'deep.html'), html);
    const t0 = Date.now();
    const [item] = await all(join(dir, 'deep.html'));
    assert.ok('article' in item);
    assert.equal(item.article.text, 'Ganz unten steht ein Satz über Gespräche in Brüssel.');
    assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('html: a Windows-1252 page declared by meta charset', async () => {
  const dir = tmp();
  try {
    const html = '<html><head><meta charset="windows-1252"></head><body><p>Die Größe der Delegation überraschte die Gastgeber in Köln.</p></body></html>';
    writeFileSync(join(dir, 'p.html'), iconv.encode(html, 'windows-1252'));
    const [item] = await all(join(dir, 'p.html'));
    assert.ok('article' in item);
    assert.match(item.article.text, /Größe der Delegation überraschte/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('json: one article; a wrong field type is a bad-article item; broken JSON throws', async () => {
  const [ok] = await all(join(FIX, 'article.json'));
  assert.ok('article' in ok);
  assert.deepEqual(ok.article, {
    id: 'fixture-1', text: 'Die Regierung in Prag hat am Montag neue Zölle auf Stahl angekündigt.',
    lang: 'de', date: '2024-05-06', title: 'Neue Zölle', source: 'Team-Fixture',
  });
  const dir = tmp();
  try {
    const cases: [string, string, RegExp][] = [
      ['text-number.json', '{"id": "x1", "text": 5}', /field "text" must be a string, got number/],
      ['no-text.json', '{"id": "x2", "title": "t"}', /field "text" is missing/],
      ['date-array.json', '{"text": "Ein Satz.", "date": ["2024"]}', /field "date" must be a string or null, got array/],
      ['id-number.json', '{"text": "Ein Satz.", "id": 12}', /field "id" must be a string or null, got number/],
      ['array.json', '[{"text": "Ein Satz."}]', /expected a JSON object/],
    ];
    for (const [name, body, msg] of cases) {
      writeFileSync(join(dir, name), body);
      const [item] = await all(join(dir, name));
      assert.ok('error' in item, name);
      assert.equal(item.error.code, 'bad-article', name);
      assert.match(item.error.message, msg, name);
    }
    const [withId] = await all(join(dir, 'text-number.json'));
    assert.ok('error' in withId && withId.id === 'x1');
    writeFileSync(join(dir, 'broken.json'), '{"text": "Ein Satz."');
    await assert.rejects(all(join(dir, 'broken.json')), (e: unknown) => e instanceof SourceError && /broken\.json: not valid JSON/.test(e.message));
    writeFileSync(join(dir, 'odd.json'), '{"text": "Ein Satz.", "lang": "fr", "date": "gestern"}');
    const [odd] = await all(join(dir, 'odd.json'));
    assert.ok('article' in odd);
    assert.equal(odd.article.lang, undefined);
    assert.equal(odd.article.date, undefined);
    assert.equal(odd.notes?.length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('jsonl: a broken line is an error item for that line, the rest go on in order', async () => {
  const items = await all(join(FIX, 'batch.jsonl'));
  assert.deepEqual(items.map((i) => ('article' in i ? `ok:${i.article.id}` : `err:${i.error.code}`)),
    ['ok:b1', 'err:bad-json', 'err:bad-article', 'ok:b4']);
  assert.deepEqual(items.map((i) => i.origin.slice(FIX.length + 1)), ['batch.jsonl:1', 'batch.jsonl:2', 'batch.jsonl:4', 'batch.jsonl:5']);
  const b3 = items[2];
  assert.ok('error' in b3 && b3.id === 'b3' && /line 4: field "text" must be a string/.test(b3.error.message));
  const b4 = items[3];
  assert.ok('article' in b4 && b4.article.date === '2024-06-07');
});

test('jsonl: an over-long line is refused without stopping the batch', async () => {
  const dir = tmp();
  try {
    const long = JSON.stringify({ id: 'long', text: 'Wort '.repeat(40_000) });
    writeFileSync(join(dir, 'b.jsonl'), `${long}\n{"id":"short","text":"Ein kurzer Satz."}\n`);
    const items = await all(join(dir, 'b.jsonl'), { limits: { maxArticleBytes: 10_000 } });
    assert.equal(items.length, 2);
    assert.ok('error' in items[0] && items[0].error.code === 'too-large');
    assert.ok('article' in items[1] && items[1].article.id === 'short');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('encodings: Latin-1 and invalid UTF-8 text is decoded, not mangled', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'latin1.txt'), iconv.encode('Die Größe der Straßen in Düsseldorf überrascht.', 'latin1'));
    writeFileSync(join(dir, 'mixed.txt'), Buffer.concat([Buffer.from('Der Bürgermeister von Köln sprach über die ', 'utf8'), iconv.encode('Größe', 'latin1'), Buffer.from('.')]));
    const [latin, mixed] = await all(dir);
    assert.ok('article' in latin && 'article' in mixed);
    assert.equal(latin.article.text, 'Die Größe der Straßen in Düsseldorf überrascht.');
    assert.equal(mixed.article.text, 'Der Bürgermeister von Köln sprach über die Größe.');
    assert.ok(latin.notes?.some((n) => /windows-1252/.test(n)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary and empty files are error items', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'b.txt'), '');
    const [bin, empty] = await all(dir);
    assert.ok('error' in bin && bin.error.code === 'binary');
    assert.ok('error' in empty && empty.error.code === 'empty');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 50 MB text file is refused as too-large without being read whole', async () => {
  const dir = tmp();
  try {
    const path = join(dir, 'big.txt');
    const fd = openSync(path, 'w');
    const block = Buffer.from('Die Regierung hat am Montag neue Gespräche angekündigt. '.repeat(18_000));
    for (let written = 0; written < 50 * 1024 * 1024; written += block.length) writeSync(fd, block);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const items = await all(path);
    assert.equal(items.length, 1);
    assert.ok('error' in items[0]);
    assert.equal(items[0].error.code, 'too-large');
    assert.match(items[0].error.message, /50(\.\d)? MB; the limit is 2 MB/);
    assert.ok(process.memoryUsage().rss - before < 40 * 1024 * 1024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('directory: article files sorted by name, other files ignored, not recursive', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'b.txt'), 'Zweiter Text über Handel.');
    writeFileSync(join(dir, 'a.json'), '{"text": "Erster Text über Zölle."}');
    writeFileSync(join(dir, 'c.png'), Buffer.from([0x89, 0x50]));
    writeFileSync(join(dir, '.hidden.txt'), 'versteckt');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'd.txt'), 'Nicht gelesen.');
    const items = await all(dir);
    assert.deepEqual(items.map((i) => i.origin.slice(dir.length + 1)), ['a.json', 'b.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('missing and unreadable sources throw SourceError naming the file and the reason', async () => {
  await assert.rejects(all('/nonexistent/lagebild/x.txt'), (e: unknown) =>
    e instanceof SourceError && e.message === '/nonexistent/lagebild/x.txt: no such file or directory');
  await assert.rejects(all('/nonexistent/lagebild/x.jsonl'), SourceError);
  if (process.getuid?.() !== 0) {
    const dir = tmp();
    try {
      writeFileSync(join(dir, 'locked.txt'), 'Text.');
      chmodSync(join(dir, 'locked.txt'), 0o000);
      await assert.rejects(all(join(dir, 'locked.txt')), (e: unknown) => e instanceof SourceError && /permission denied/.test(e.message));
      // inside a directory the unreadable file is an item, the others still come
      writeFileSync(join(dir, 'ok.txt'), 'Ein lesbarer Text.');
      const items = await all(dir);
      assert.deepEqual(items.map((i) => ('error' in i ? i.error.code : 'ok')), ['unreadable', 'ok']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('stdin: text by default, json and jsonl by format', async () => {
  const stdin = (s: string | Buffer) => Readable.from([Buffer.from(s)]);
  const [t] = await all('-', { stdin: stdin('date 2024-01-02 Ein Text aus der Eingabe.\n\nKörper.') });
  assert.ok('article' in t && t.article.date === '2024-01-02' && t.origin === '-');
  const [j] = await all('-', { format: 'json', stdin: stdin('{"id":"s1","text":"Ein Satz."}') });
  assert.ok('article' in j && j.article.id === 's1');
  const lines = await all('-', { format: 'jsonl', stdin: stdin('{"text":"Eins."}\r\n{bad\n{"text":"Drei."}') });
  assert.deepEqual(lines.map((i) => ('article' in i ? i.article.text : i.error.code)), ['Eins.', 'bad-json', 'Drei.']);
  const [big] = await all('-', { stdin: stdin('x'.repeat(5000)), limits: { maxArticleBytes: 1000 } });
  assert.ok('error' in big && big.error.code === 'too-large');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { run } from './extract.js';
import { CliError } from './errors.js';
import { syntheticArticles } from '../ingest/corpus.js';
import { REPO_ROOT, sharedFile, SHARED_MISSING } from '../testing/shared.js';

const BIN = join(REPO_ROOT, 'bin', 'lagebild');

async function extract(argv: string[]): Promise<string> {
  let out = '';
  const stdout = new Writable({ write(chunk, _enc, cb) { out += chunk.toString(); cb(); } });
  assert.equal(await run(argv, { stdout }), 0);
  return out;
}

/** A JSONL corpus of team-written articles with an unreadable line, an empty text and an English article among them. */
function corpus(dir: string): string {
  const lines = syntheticArticles(70, 6, 11).map((a) => JSON.stringify(a));
  lines.splice(10, 0, '{"id": "broken", "text": ');
  lines.splice(20, 0, JSON.stringify({ id: 'empty', text: '' }));
  lines.splice(30, 0, JSON.stringify({ id: 'en1', text: 'The Canadian foreign minister met her Japanese counterpart in Ottawa on Monday and announced new sanctions against two firms.' }));
  const f = join(dir, 'corpus.jsonl');
  writeFileSync(f, `${lines.join('\n')}\n`);
  return f;
}

test('extract --jobs 2 and --jobs 3 print the same lines as --jobs 1, in input order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-jobs-'));
  try {
    const f = corpus(dir);
    const one = await extract([f, '--jobs', '1']);
    const lines = one.trimEnd().split('\n');
    assert.equal(lines.length, 73);
    assert.equal(JSON.parse(lines[10]).error.code, 'bad-json');
    assert.equal(JSON.parse(lines[20]).error.code, 'empty');
    assert.equal(JSON.parse(lines[30]).lang, 'en');
    assert.equal(await extract([f, '--jobs', '2']), one);
    assert.equal(await extract([f, '--format', 'jsonl', '-j', '3']), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extract --jobs 2 writes the same bytes as --jobs 1 for text beyond Latin-1 (umlauts, quotes, emoji, a lone surrogate)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-utf8-'));
  try {
    const lines = [
      { id: 'u1', title: 'Grüße aus Köln 👋', text: 'Die Außenministerin sagte am Montag in Köln: „Wir brauchen Lösungen – jetzt.“ 🇩🇪👍 Der Bürgermeister widersprach.' },
      // JSON's escape of a lone surrogate: the reader replaces it with U+FFFD and adds a note
      { id: 'u2', text: 'Ein kaputtes Zeichen \ud800 in einem Satz über Düsseldorf 🙂, dazu ein Gedankenstrich – und „Anführungszeichen“.' },
      ...syntheticArticles(6, 4, 13),
    ].map((a) => JSON.stringify(a));
    const f = join(dir, 'utf8.jsonl');
    writeFileSync(f, `${lines.join('\n')}\n`);
    const bytes = async (jobs: string) => {
      const chunks: Buffer[] = [];
      const stdout = new Writable({ write(chunk, _enc, cb) { chunks.push(Buffer.from(chunk)); cb(); } });
      assert.equal(await run([f, '--jobs', jobs], { stdout }), 0);
      return Buffer.concat(chunks);
    };
    const one = await bytes('1');
    const text = one.toString('utf8');
    assert.equal(text.trimEnd().split('\n').length, 8);
    assert.ok(text.includes('„Wir brauchen Lösungen – jetzt.“ 🇩🇪👍') && text.includes('\ufffd'), text.slice(0, 400));
    assert.ok((await bytes('2')).equals(one));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a slow reader of the output: extract waits for it without piling up listeners', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-slow-out-'));
  try {
    const f = corpus(dir);
    // a tiny buffer and a consumer that answers later: every line makes extract wait for 'drain'
    let out = '';
    const stdout = new Writable({ highWaterMark: 16, write(chunk, _enc, cb) { out += chunk.toString(); setImmediate(cb); } });
    let most = 0;
    const probe = setInterval(() => { most = Math.max(most, stdout.listenerCount('close'), stdout.listenerCount('drain')); }, 0);
    try {
      assert.equal(await run([f, '--jobs', '1'], { stdout }), 0);
    } finally {
      clearInterval(probe);
    }
    most = Math.max(most, stdout.listenerCount('close'), stdout.listenerCount('drain'));
    assert.equal(out.trimEnd().split('\n').length, 73, 'every line written');
    assert.ok(most <= 3, `at most a few listeners at a time, saw ${most}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reader that goes away (| head): extract ends quietly with status 0, in-thread and with workers; a full disk stays an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-epipe-'));
  try {
    const f = corpus(dir);
    for (const jobs of ['1', '2']) {
      // a tiny buffer, so extract waits for 'drain'; the second write fails as a closed pipe does
      let writes = 0;
      const stdout = new Writable({
        highWaterMark: 16,
        write(_chunk, _enc, cb) {
          const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
          setImmediate(() => cb(++writes > 1 ? epipe : null));
        },
      });
      assert.equal(await run([f, '--jobs', jobs], { stdout }), 0, `--jobs ${jobs}`);
      assert.equal(writes, 2, 'nothing written after the error');
    }
    // any other write error (a full disk) stays an error: main.ts prints it and exits 1
    const full = new Writable({
      highWaterMark: 16,
      write(_chunk, _enc, cb) { setImmediate(() => cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))); },
    });
    await assert.rejects(run([f, '--jobs', '1'], { stdout: full }), /ENOSPC/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bin/lagebild extract | head: status 0 and no error when the reader closes the pipe early', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-epipe-'));
  try {
    const f = corpus(dir);
    const child = spawn(process.execPath, [BIN, 'extract', f, '--format', 'jsonl', '--jobs', '2'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    // read the first chunk, then close our end, as head does
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    assert.equal(err, '');
    assert.equal(code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bin/lagebild extract in fresh processes: the sources through tsx (--jobs 1) = the pre-built bundle (--jobs 2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-jobs-'));
  try {
    const f = corpus(dir);
    const spawn = (jobs: string, bundle: string) => spawnSync(process.execPath, [BIN, 'extract', f, '--format', 'jsonl', '--jobs', jobs], {
      encoding: 'utf8', cwd: REPO_ROOT, maxBuffer: 64 << 20, env: { ...process.env, LAGEBILD_BUNDLE: bundle },
    });
    const a = spawn('1', '0');
    const b = spawn('2', '1');
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(b.stderr, '');
    assert.equal(b.stdout.split('\n').length, 74);
    assert.equal(b.stdout, a.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const gnad = sharedFile('eval/corpora/de-10kgnad.jsonl');
test('the first 200 articles of de-10kgnad: --jobs 2 = --jobs 1', { skip: gnad ? false : SHARED_MISSING }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-jobs-'));
  try {
    const f = join(dir, 'part.jsonl');
    writeFileSync(f, readFileSync(gnad!, 'utf8').split('\n').slice(0, 200).join('\n'));
    const one = await extract([f, '--jobs', '1']);
    assert.equal(one.trimEnd().split('\n').length, 200);
    assert.equal(await extract([f, '--jobs', '2']), one);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--jobs must be a whole number from 1 to 256', async () => {
  for (const bad of ['0', 'two', '1.5', '999']) {
    await assert.rejects(run(['-', '--jobs', bad]), (e: unknown) => e instanceof CliError && /--jobs must be a whole number/.test(e.message), bad);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as ingest } from './ingest.js';
import { run as worker } from './worker.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

/** Runs a command quietly, asserting exit code 0. */
async function quiet(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<void> {
  const write = process.stdout.write.bind(process.stdout);
  // the command's text is dropped; the test runner's own (binary) messages pass through
  process.stdout.write = ((s: string | Uint8Array, ...rest: unknown[]) =>
    typeof s === 'string' || (write as (...a: unknown[]) => boolean)(s, ...rest)) as typeof process.stdout.write;
  try {
    assert.equal(await run(argv), 0);
  } finally {
    process.stdout.write = write;
  }
}

async function learnedNames(db: string): Promise<string[]> {
  const store = await SqliteStore.open(db);
  try {
    return (await store.registryFacts()).filter((f) => f.source === 'learned').map((f) => `${f.name} ${f.articleDate}`);
  } finally {
    await store.close();
  }
}

test('ingest and worker learn by default; --no-learn writes no registry facts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-nolearn-'));
  try {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'date 2025-03-03\n\nUS-Außenministerin Jane Example traf am Montag den Kanzler in Berlin.\n');
    const cases: [string, (db: string) => Promise<void>, string[]][] = [
      ['ingest', (db) => quiet(ingest, [file, '--db', db]), ['Jane Example 2025-03-03']],
      ['ingest --no-learn', (db) => quiet(ingest, [file, '--db', db, '--no-learn']), []],
      ['worker', async (db) => { await quiet(ingest, [file, '--db', db, '--enqueue-only']); await quiet(worker, ['--db', db, '--once']); }, ['Jane Example 2025-03-03']],
      ['worker --no-learn', async (db) => { await quiet(ingest, [file, '--db', db, '--enqueue-only']); await quiet(worker, ['--db', db, '--once', '--no-learn']); }, []],
    ];
    for (const [name, go, want] of cases) {
      const db = join(dir, `${name.replace(/\W+/g, '-')}.db`);
      await go(db);
      assert.deepEqual(await learnedNames(db), want, name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

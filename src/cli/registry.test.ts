import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './registry.js';
import { CliError } from './errors.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';

/** Runs the command, returning what it printed. */
async function cli(argv: string[]): Promise<string> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // only the command's text: the test runner's own messages (binary, written by the same process
  // while the command awaits the store) pass through, else they would land in `out` under load
  process.stdout.write = ((s: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof s !== 'string') return (write as (...a: unknown[]) => boolean)(s, ...rest);
    out.push(s);
    return true;
  }) as typeof process.stdout.write;
  try {
    assert.equal(await run(argv), 0);
  } finally {
    process.stdout.write = write;
  }
  return out.join('');
}

test('registry add, import and list against a SQLite file; bad input is one CliError line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-reg-cli-'));
  const db = join(dir, 'r.db');
  try {
    assert.match(await cli(['add', '--db', db, '--name', 'Jane Example', '--country', 'usa', '--role', 'foreign minister']), /added #1 Jane Example \(PER, USA, foreign minister\)/);
    const tsv = join(dir, 'mine.tsv');
    writeFileSync(tsv, '# corrections\nNordwerk Example\t\tORG\tDEU\tBUS\t\n');
    assert.match(await cli(['import', '--db', db, tsv]), /imported 1 analyst fact/);
    const listed = (await cli(['list', '--db', db])).trim().split('\n');
    assert.equal(listed.length, 3);
    assert.deepEqual(listed[0].split('\t').slice(7, 9), ['article', 'article_date'], 'learned facts list when they were seen');
    assert.deepEqual(listed[2].split('\t').slice(0, 5), ['2', 'analyst', 'Nordwerk Example', 'ORG', 'DEU']);
    const bad: [string[], RegExp][] = [
      [['add', '--db', db, '--country', 'USA'], /name must not be empty/],
      [['add', '--db', db, '--name', 'X', '--country', 'Amerika'], /alpha-3/],
      [['list', '--db', db, '--source', 'gossip'], /--source/],
      [['frobnicate'], /unknown subcommand/],
    ];
    writeFileSync(tsv, 'Ok Example\t\tPER\nBroken\t\tTHING\n');
    bad.push([['import', '--db', db, tsv], /nothing imported; first: .*mine\.tsv:2: type/]);
    for (const [argv, re] of bad) {
      await assert.rejects(run(argv), (e: unknown) => e instanceof CliError && re.test(e.message) && !e.message.includes('\n'), argv.join(' '));
    }
    const store = await SqliteStore.open(db);
    try {
      assert.deepEqual((await store.registryFacts()).map((f) => f.name), ['Jane Example', 'Nordwerk Example']);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

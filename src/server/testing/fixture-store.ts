/**
 * A real SQLite store in a temporary file, filled with the team-written fixtures of fixtures.ts:
 * what the server's tests run against (there is no in-memory fake store any more: a fake drifts
 * from the real stores' semantics, a real store cannot).
 *
 * @example
 * const fx = await fixtureStore();            // FIXTURES stored and "analysed" (makeResult)
 * const srv = await startServer({ store: fx.store, port: 0 });
 * ...
 * await srv.close(); await fx.close();        // closes the store and removes the folder
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { FIXTURES, makeResult, type FixtureSpec } from './fixtures.js';

export interface FixtureStore {
  store: SqliteStore;
  /** the temporary folder holding the database file (usable as a static folder too) */
  dir: string;
  /** stored id by fixture id (the same unless two fixtures share a text) */
  ids: Record<string, string>;
  /** closes the store and removes the folder */
  close(): Promise<void>;
}

/** Opens a fresh SQLite store in a temporary folder and stores `specs` with their results. */
export async function fixtureStore(specs: FixtureSpec[] = FIXTURES): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-fixture-store-'));
  const store = await SqliteStore.open(join(dir, 'fixtures.db'));
  const ids: Record<string, string> = {};
  for (const f of specs) {
    const { id } = await store.putArticle({ id: f.id, text: f.text, date: f.date, title: f.title, lang: f.lang ?? 'de' });
    ids[f.id] = id;
    await store.putResult(id, makeResult({ ...f, id }));
  }
  return {
    store, dir, ids,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storeSuite } from '../store.suite.js';
import { PgStore, parsePgUrl } from './pg-store.js';
import { dropSchemas, PG_REQUIRED, PG_URL, pgUnavailable, testSchema, withSchema } from './pg-testing.js';

const reason = await pgUnavailable();
if (reason) console.log(`# postgres store tests ${reason}`);
// LAGEBILD_PG_URL set (CI) but no server: fail loudly instead of skipping.
test('postgres: the server named by LAGEBILD_PG_URL answers', { skip: PG_REQUIRED ? false : 'LAGEBILD_PG_URL not set' }, () => {
  assert.equal(reason, null, reason ?? '');
});
const run = testSchema();
const schemas: string[] = [];

storeSuite('postgres', {
  skip: reason ?? false,
  fresh: async () => {
    const schema = `${run}_${schemas.length}`;
    schemas.push(schema);
    return PgStore.open(withSchema(PG_URL, schema), { max: 2 });
  },
  cleanup: () => dropSchemas(schemas),
});

test('postgres: schema from the URL, migration versions, concurrent migrate', { skip: reason ?? false }, async () => {
  assert.deepEqual(parsePgUrl('postgres://u@h:5432/db?schema=abc_1'), { connectionString: 'postgres://u@h:5432/db', schema: 'abc_1' });
  assert.throws(() => parsePgUrl('postgres://u@h/db?schema=x;drop'), /invalid schema name/);
  const schema = `${run}_m`;
  const url = withSchema(PG_URL, schema);
  try {
    const [a, b] = await Promise.all([PgStore.open(url, { max: 1 }), PgStore.open(url, { max: 1 })]);
    assert.deepEqual(await a.appliedVersions(), [1, 2, 3, 4, 5]);
    await b.migrate();
    assert.deepEqual(await b.appliedVersions(), [1, 2, 3, 4, 5]);
    await a.close();
    await b.close();
  } finally {
    await dropSchemas([schema]);
  }
});

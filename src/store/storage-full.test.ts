import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isStorageFull } from './storage-full.js';

test('isStorageFull: full disk or database on SQLite, the file system and PostgreSQL; nothing else', () => {
  const err = (code: string, message = code) => Object.assign(new Error(message), { code });
  const cases: [unknown, boolean][] = [
    [err('SQLITE_FULL', 'database or disk is full'), true],
    [err('ENOSPC', 'ENOSPC: no space left on device, write'), true],
    [err('53100', 'could not extend file "base/16384/2619": No space left on device'), true],
    [err('SQLITE_BUSY', 'database is locked'), false],
    [err('SQLITE_CONSTRAINT_PRIMARYKEY'), false],
    [err('23505', 'duplicate key value'), false],
    [new Error('database or disk is full'), false], // a code is required, messages are not parsed
    [null, false],
    [undefined, false],
  ];
  for (const [e, want] of cases) assert.equal(isStorageFull(e), want, String(e));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeRegistry, withRegistry } from './active.js';
import { MemoryRegistry } from './memory.js';
import { defaultRegistry } from './starter.js';

test('withRegistry scopes the registry, nests, and restores it also when the call throws', () => {
  const a = new MemoryRegistry();
  const b = new MemoryRegistry();
  assert.equal(activeRegistry(), defaultRegistry());
  withRegistry({ registry: a }, () => {
    assert.equal(activeRegistry(), a);
    withRegistry({ registry: b }, () => assert.equal(activeRegistry(), b));
    assert.equal(activeRegistry(), a);
  });
  assert.throws(() => withRegistry({ registry: b }, () => { throw new Error('boom'); }), /boom/);
  assert.equal(activeRegistry(), defaultRegistry());
});

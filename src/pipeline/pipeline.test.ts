import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, UnknownStageError } from './pipeline.js';
import { STAGE_NAMES } from './registry.js';
import { createDoc } from './doc.js';

test('the registry lists the stages in the documented order', () => {
  assert.deepEqual(STAGE_NAMES, ['header', 'segment', 'measures', 'mentions', 'actors', 'quotes', 'events', 'score', 'levers']);
});

test('an unknown stage name is an error that names it', () => {
  assert.throws(() => createPipeline(['segment', 'sentiment']), (e: unknown) =>
    e instanceof UnknownStageError && /"sentiment"/.test(e.message));
});

test('stages run in registry order whatever order they are named in', () => {
  const p = createPipeline(['quotes', 'segment']);
  assert.deepEqual(p.stages, ['segment', 'quotes']);
  assert.ok(Object.isFrozen(p));
});

test('a pipeline run returns the document with its diagnostics array', () => {
  const doc = createDoc({ id: 'x', text: 'Ein Satz.', lang: 'de', date: null });
  const out = createPipeline().run(doc);
  assert.equal(out, doc);
  assert.ok(Array.isArray(out.diagnostics));
});

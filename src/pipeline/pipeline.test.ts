import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLayers, createPipeline, MissingLayerError, UnknownStageError } from './pipeline.js';
import { STAGES, STAGE_NAMES } from './registry.js';
import { createDoc } from '../doc/doc.js';
import type { Stage } from './stage.js';
import { MemoryRegistry } from '../registry/memory.js';
import { stageLines } from '../cli/stages.js';

test('the registry lists the stages in the documented order', () => {
  assert.deepEqual(STAGE_NAMES, ['header', 'segment', 'measures', 'mentions', 'actors', 'quotes', 'events', 'coding', 'score', 'levers']);
});

test('an unknown stage name is an error that names it', () => {
  assert.throws(() => createPipeline(['segment', 'sentiment']), (e: unknown) =>
    e instanceof UnknownStageError && /"sentiment"/.test(e.message));
});

test('stages run in registry order whatever order they are named in', () => {
  const p = createPipeline(['measures', 'segment']);
  assert.deepEqual(p.stages, ['segment', 'measures']);
  assert.ok(Object.isFrozen(p));
});

test('a pipeline run returns the document with its diagnostics array', () => {
  const doc = createDoc({ id: 'x', text: 'Ein Satz.', lang: 'de', date: null });
  const out = createPipeline().run(doc);
  assert.equal(out, doc);
  assert.ok(Array.isArray(out.diagnostics));
});

test('a chosen stage whose required layer no earlier stage assigns is an error naming both', () => {
  // [chosen stages, expected error or null]
  const cases: [string[], string | null][] = [
    [['quotes', 'segment'], 'mentions'],
    [['segment', 'measures'], null],
    [['header', 'segment', 'mentions', 'actors', 'quotes'], null],
    [['segment', 'mentions', 'events'], 'actors'],
    [['score'], 'events'],
  ];
  for (const [names, expected] of cases) {
    if (expected === null) {
      assert.doesNotThrow(() => createPipeline(names), names.join(','));
      continue;
    }
    assert.throws(() => createPipeline(names), (e: unknown) => e instanceof MissingLayerError, names.join(','));
  }
  assert.throws(() => createPipeline(['segment', 'quotes']), (e: unknown) =>
    e instanceof MissingLayerError && e.message === 'stage "quotes" requires "mentions", which no earlier chosen stage assigns (add stage "mentions")');
});

test('every registered stage declares its layers and the full pipeline is consistent', () => {
  for (const s of STAGES) {
    assert.ok(s.requires.length > 0, `${s.name} requires something`);
    assert.ok(s.assigns.length + s.amends.length > 0, `${s.name} writes something`);
  }
  assert.doesNotThrow(() => checkLayers(STAGES));
  const late: Stage = { name: 'late', description: 'x', requires: ['quotes'], assigns: [], amends: ['events'], run() {} };
  assert.throws(() => checkLayers([STAGES[0], late]), /stage "late" requires "quotes"/);
  assert.match(stageLines(STAGES[0]), /^header +photo header.*\n +requires text · assigns header, headerSpans, bodyStart · amends date\n$/);
});

test('the registry and the learning hook are passed in through the pipeline context', () => {
  const reg = new MemoryRegistry();
  reg.correct({ name: 'Mara Velt', type: 'PER', country: 'NOR', sector: 'GOV' }, 'pipeline.test');
  const seen: string[] = [];
  const p = createPipeline(undefined, { registry: reg, onActors: (d) => seen.push(d.id) });
  const doc = p.run(createDoc({ id: 'ctx', text: 'Die Ministerin Mara Velt kam am Montag nach Berlin.', lang: 'de', date: '2025-03-13' }));
  assert.deepEqual(seen, ['ctx']);
  assert.equal(doc.actors.find((a) => a.name === 'Mara Velt')?.country, 'NOR');
  // the default pipeline consults the starter registry, which does not know her country
  const plain = createPipeline().run(createDoc({ id: 'p', text: 'Die Ministerin Mara Velt kam am Montag nach Berlin.', lang: 'de', date: '2025-03-13' }));
  assert.notEqual(plain.actors.find((a) => a.name === 'Mara Velt')?.country, 'NOR');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorDeltas, type ActorStatInput } from './actor-stats.js';

const row = (name: string, over: Partial<ActorStatInput> = {}): ActorStatInput => ({
  name, type: 'PERSON', country: null, sector: null, role: null, mentions: 1, ...over,
});

test('actorDeltas: a name counts once per article, mentions add up, facet values are counted per row', () => {
  const cases: [ActorStatInput[], ReturnType<typeof actorDeltas>][] = [
    [[], { stats: [], facets: [] }],
    [[row('Ada', { mentions: 2 }), row('Ada', { mentions: 3, role: 'minister' })],
      { stats: [{ name: 'Ada', type: 'PERSON', mentions: 5 }],
        facets: [{ name: 'Ada', type: 'PERSON', kind: 'role', value: 'minister', n: 1 }] }],
    [[row('Bern', { type: 'STATE', country: 'CHE' }), row('Bern', { type: 'CITY', country: 'CHE' }),
      row('Bern', { type: 'STATE', country: 'CHE', sector: 'GOV' })],
    { stats: [{ name: 'Bern', type: 'STATE', mentions: 2 }, { name: 'Bern', type: 'CITY', mentions: 1 }],
      facets: [
        { name: 'Bern', type: 'STATE', kind: 'country', value: 'CHE', n: 2 },
        { name: 'Bern', type: 'CITY', kind: 'country', value: 'CHE', n: 1 },
        { name: 'Bern', type: 'STATE', kind: 'sector', value: 'GOV', n: 1 },
      ] }],
  ];
  for (const [input, expected] of cases) assert.deepEqual(actorDeltas(input), expected);
});

/**
 * Table-test helpers of the German event rules (german-events.test.ts, german-actors.test.ts): the
 * events of a German text in a compact reading, compared exactly or by inclusion.
 *
 * @example
 * check([['Die Opposition kritisierte die Regierung.', ['ACCUSE asserted Opposition(DEU)>Regierung(DEU)']]]);
 */
import assert from 'node:assert/strict';
import type { Result } from '../../contract/schema.js';
import { analyze } from '../../pipeline/analyze.js';

/** Events of a German text as "TYPE status source(C)>target(C)" (actor names), in order. */
export function deEvents(text: string, date = '2024-05-08'): string[] {
  const r = analyze({ id: 't', text, lang: 'de', date }) as Result;
  assert.ok('events' in r, text);
  const name = (ids: string[]) => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? '?').join('+');
  return r.events.map((e) => `${e.type} ${e.status} ${name(e.source)}(${e.sourceCountry})>${name(e.target)}(${e.targetCountry})`);
}

/** The events of each text, exactly and in order. */
export function check(cases: [string, string[]][]): void {
  for (const [text, want] of cases) assert.deepEqual(deEvents(text), want, text);
}

/** The events of each text must include the wanted ones (other events of the sentence are not the rule's business). */
export function includes(cases: [string, string[]][]): void {
  for (const [text, want] of cases) {
    const got = deEvents(text);
    for (const w of want) assert.ok(got.includes(w), `${text}\n  want ${w}\n  got ${got.join(' | ')}`);
  }
}

/**
 * After the rules, sports results: a city or unknown name directly followed by a score
 * (`Wigan 40 Bradford 12`, `Wexshire 429-7`) or facing another across `v`/`vs` is a team
 * (ORG, sector CVL), also the second team of a result after the first one's score (`Leeds 2 Bristol 1`).
 * Countries stay places (national teams are conventionally tagged as places).
 *
 * @example
 * markTeams(units, found); // "Wigan" GPE → ORG when a score follows
 */
import type { Unit } from '../units.js';
import type { Found } from './types.js';

const SCORE = /^\d{1,3}(-\d{1,3})?$/;
// (not "at": a schedule's "Boston at Oakland" names the cities where the games are played, and
// the CoNLL convention tags them as places)
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'V', 'VS']);

export function markTeams(units: Unit[], found: Found[]): void {
  if (!found.length) return;
  for (const f of found) {
    if (f.type === 'PER' || f.type === 'MISC' || f.kind === 'prefix' || f.source === 'country' || f.source === 'org') continue;
    if (f.type === 'GPE' && f.source !== 'city' && f.source !== 'place') continue;
    const first = unitStarting(units, f.start);
    let k = first;
    while (k >= 0 && k < units.length && units[k].end < f.end) k++;
    if (k < 0 || first < 0) continue;
    const next = units[k + 1];
    const before = first > 0 ? units[first - 1] : null;
    const atScore = next && next.kind === 'num' && SCORE.test(next.text) && (!before || before.kind !== 'num' || (first >= 2 && SCORE.test(before.text) && found.some((g) => g !== f && g.end === units[first - 2].end && g.type === 'ORG')));
    const facing = (next && VERSUS.has(next.text) && found.some((g) => g !== f && g.start === units[k + 2]?.start))
      || (before && VERSUS.has(before.text) && first >= 2 && found.some((g) => g !== f && g.end === units[first - 2].end));
    if (atScore || facing) {
      f.type = 'ORG';
      f.sector = 'CVL';
    }
  }
}

/** Index of the last unit starting at `start` (units are in text order), or -1: no Map per sentence. */
function unitStarting(units: Unit[], start: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && units[lo - 1].start === start ? lo - 1 : -1;
}

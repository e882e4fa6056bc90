/**
 * GET /api/levers?a=USA&b=CHN[&instrument=&good=&from=&to=&limit=]: the trade and technology
 * levers between two states (both directions) or of one state (docs/levers.md): the lever rows
 * with evidence, the current state of each lever (latest status, strongest magnitude, first and
 * last seen) and the series of instruments over time by good (per month).
 *
 * @example
 * await leversRoute(store, new Params(new URLSearchParams('a=USA&b=CHN')));
 * // { a: 'USA', b: 'CHN', items: [...], state: [{ instrument: 'tariff', status: 'in-force', strongest: {...} }], series: [...] }
 */
import { LEVER_INSTRUMENTS } from '../contract/schema.js';
import type { LeverRow } from '../store/lever-rows.js';
import type { LeverSeriesPoint, LeverState, LeversResponse } from './levers-types.js';

export type { LeverSeriesPoint, LeverState, LeversResponse } from './levers-types.js';
import type { LeverStore } from '../store/store.js';
import { HttpError } from './http-util.js';
import type { Params } from './params.js';

const UNIT_RANK: Record<string, number> = { percent: 3, share: 2 };

/** Current state of each lever (instrument, sides, good) and the monthly series, from its rows. */
export function leverSummary(rows: LeverRow[]): { state: LeverState[]; series: LeverSeriesPoint[] } {
  const byKey = new Map<string, LeverState>();
  const latest = new Map<string, string>();
  for (const r of rows) {
    const key = `${r.instrument}|${r.imposerCountry ?? r.imposerNames[0] ?? '-'}|${r.targetCountry ?? r.targetNames[0] ?? '-'}|${r.good ?? '-'}`;
    let s = byKey.get(key);
    if (!s) {
      s = { instrument: r.instrument, kind: r.kind, imposerCountry: r.imposerCountry, targetCountry: r.targetCountry, good: r.good,
        status: r.status, strongest: null, firstDay: r.day, lastDay: r.day, mentions: 0 };
      byKey.set(key, s);
      latest.set(key, r.day ?? '');
    }
    s.mentions++;
    if (r.day && (!s.firstDay || r.day < s.firstDay)) s.firstDay = r.day;
    if (r.day && (!s.lastDay || r.day > s.lastDay)) s.lastDay = r.day;
    if ((r.day ?? '') > (latest.get(key) ?? '')) { latest.set(key, r.day ?? ''); s.status = r.status; }
    const m = r.magnitude;
    if (m && (!s.strongest || (UNIT_RANK[m.unit ?? ''] ?? 1) > (UNIT_RANK[s.strongest.unit ?? ''] ?? 1)
      || (m.unit === s.strongest.unit && m.value > s.strongest.value))) s.strongest = m;
  }
  const counts = new Map<string, LeverSeriesPoint>();
  for (const r of rows) {
    if (!r.day) continue;
    const month = r.day.slice(0, 7);
    const key = `${month}|${r.good ?? '-'}|${r.instrument}`;
    const p = counts.get(key) ?? { month, good: r.good, instrument: r.instrument, count: 0 };
    p.count++;
    counts.set(key, p);
  }
  const order = (i: string) => (LEVER_INSTRUMENTS as readonly string[]).indexOf(i);
  return {
    state: [...byKey.values()].sort((x, y) => order(x.instrument) - order(y.instrument) || (y.lastDay ?? '').localeCompare(x.lastDay ?? '')),
    series: [...counts.values()].sort((x, y) => x.month.localeCompare(y.month) || (x.good ?? '').localeCompare(y.good ?? '') || order(x.instrument) - order(y.instrument)),
  };
}

/** GET /api/levers */
export async function leversRoute(store: LeverStore, p: Params): Promise<LeversResponse> {
  const a = p.country('a') ?? null;
  const b = p.country('b') ?? null;
  if (b && !a) throw new HttpError(400, 'parameter "b" needs "a"');
  if (a && b && a === b) throw new HttpError(400, 'parameters "a" and "b" must differ');
  const instrument = p.text('instrument');
  if (instrument && !(LEVER_INSTRUMENTS as readonly string[]).includes(instrument)) {
    throw new HttpError(400, `parameter "instrument" must be one of ${LEVER_INSTRUMENTS.join(', ')}`);
  }
  const good = p.text('good');
  if (good && !/^[A-Z][A-Z-]{1,15}$/.test(good)) throw new HttpError(400, 'parameter "good" must be a good code such as SEMI or REE');
  const items = await store.levers({
    a: a ?? undefined, b: b ?? undefined, instrument, good, from: p.date('from'), to: p.date('to'),
    limit: p.int('limit', 500, 1, 5000),
  });
  return { a, b, items, ...leverSummary(items) };
}

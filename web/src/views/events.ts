/**
 * Events: a timeline with filters (dyad in both directions, type, status, date range, actor,
 * text); each event shows its evidence sentence with trigger, source and target highlighted and
 * links to the article view. The filter state lives in the hash, so views can link here.
 *
 * @example
 * location.hash = '#/events?a=USA&b=CHN&type=CONSULT';
 */
import type { EventRow } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { field, h, replace, select } from '../dom.js';
import { eventCard } from '../event-card.js';
import { countryLabel, EVENT_TYPES, STATUSES } from '../labels.js';
import { setHashQuery, type View } from '../view.js';
import { eventDay } from './relations.js';

const KEYS = ['a', 'b', 'type', 'status', 'from', 'to', 'actor', 'q'] as const;
const LIMIT = 500;

/** Events for the filter: a dyad (or one state) on either side means two queries, merged. */
async function fetchEvents(f: Record<string, string>): Promise<EventRow[]> {
  const common = { type: f.type, status: f.status, from: f.from, to: f.to, actor: f.actor, q: f.q, limit: LIMIT };
  const a = f.a;
  const b = f.b;
  if (!a && !b) return (await api.events(common)).items;
  const dirs = a && b ? [[a, b], [b, a]] : [[a || b, ''], ['', a || b]];
  const parts = await Promise.all(dirs.map(([s, t]) => api.events({ ...common, source: s, target: t })));
  const seen = new Set<string>();
  const out: EventRow[] = [];
  for (const e of parts.flatMap((p) => p.items)) {
    const k = `${e.articleId}/${e.eventId}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out;
}

/** The Events view. */
export const eventsView: View = async (root, params) => {
  const dyads = (await api.dyads(200)).items;
  const codes = [...new Set(dyads.flatMap((d) => [d.a, d.b]))].sort();
  const countryOpts = (v: string): [string, string][] => [['', 'any'], ...[...new Set([...codes, v].filter(Boolean))].map((c): [string, string] => [c, countryLabel(c)])];
  const v = (k: string) => params.get(k) ?? '';
  const inputs: Record<(typeof KEYS)[number], HTMLInputElement | HTMLSelectElement> = {
    a: select('a', countryOpts(v('a').toUpperCase()), v('a').toUpperCase()),
    b: select('b', countryOpts(v('b').toUpperCase()), v('b').toUpperCase()),
    type: select('type', [['', 'any'], ...EVENT_TYPES.map((t): [string, string] => [t, t])], v('type').toUpperCase()),
    status: select('status', [['', 'any'], ...STATUSES.map((t): [string, string] => [t, t])], v('status')),
    from: h('input', { name: 'from', type: 'date', value: v('from') }),
    to: h('input', { name: 'to', type: 'date', value: v('to') }),
    actor: h('input', { name: 'actor', type: 'search', placeholder: 'actor name', value: v('actor') }),
    q: h('input', { name: 'q', type: 'search', placeholder: 'words in the evidence', value: v('q') }),
  };
  const count = h('p', { class: 'count' });
  const list = h('div', { class: 'event-list timeline' });
  const form = h('form', { class: 'filters', id: 'event-filters' },
    field('State', inputs.a), field('other state', inputs.b), field('Type', inputs.type), field('Status', inputs.status),
    field('From', inputs.from), field('To', inputs.to), field('Actor', inputs.actor), field('Text', inputs.q),
    h('button', { type: 'submit' }, 'Filter'), h('button', { type: 'reset' }, 'Clear'));
  root.append(h('h2', {}, 'Events'), form, count, list);

  const load = async () => {
    const f = Object.fromEntries(KEYS.map((k) => [k, inputs[k].value.trim()]));
    setHashQuery('events', f);
    replace(count, 'Loading…');
    const rows = (await fetchEvents(f)).sort((x, y) => (eventDay(y) ?? '').localeCompare(eventDay(x) ?? ''));
    replace(count, `${rows.length}${rows.length >= LIMIT ? '+' : ''} event${rows.length === 1 ? '' : 's'}`);
    // Timeline: one group per month, newest first.
    const groups = new Map<string, EventRow[]>();
    for (const e of rows) {
      const m = eventDay(e)?.slice(0, 7) ?? 'undated';
      groups.set(m, [...(groups.get(m) ?? []), e]);
    }
    replace(list, [...groups].map(([m, es]) => h('section', { class: 'month' }, h('h3', {}, m), es.map(eventCard))));
    if (!rows.length) list.append(h('p', { class: 'empty' }, 'No events match these filters.'));
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load();
  });
  form.addEventListener('reset', () => setTimeout(() => {
    for (const el of Object.values(inputs)) el.value = '';
    void load();
  }, 0));
  for (const k of ['a', 'b', 'type', 'status'] as const) inputs[k].addEventListener('change', () => void load());
  await load();
};

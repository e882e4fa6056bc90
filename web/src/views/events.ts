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
import { eventDay } from '../weeks.js';
import { fmtDate, t } from '../i18n.js';
import { dateField, dateInput, dayValue } from '../date-input.js';
import { confidenceInput, confQuery } from '../confidence.js';

const KEYS = ['a', 'b', 'type', 'status', 'from', 'to', 'actor', 'q', 'minConf'] as const;
/** Events per page ("Load more" fetches the next page). */
const PAGE = 200;

/** Events for the filter, one page: a dyad, or one state, counts in both directions (either=1). */
async function fetchEvents(f: Record<string, string>, offset: number): Promise<EventRow[]> {
  const a = f.a || f.b;
  const b = f.a && f.b ? f.b : '';
  const q = {
    type: f.type, status: f.status, from: f.from, to: f.to, actor: f.actor, q: f.q, limit: PAGE, offset,
    source: a, target: b, either: a ? 1 : undefined,
    // minimum confidence (percent → 0..1), applied by the API: events without a confidence are kept
    ...confQuery(f.minConf),
  };
  return (await api.events(q)).items;
}

/** The Events view. */
export const eventsView: View = async (root, params, _rest, signal) => {
  const dyads = (await api.dyads(200)).items;
  const codes = [...new Set(dyads.flatMap((d) => [d.a, d.b]))].sort();
  const countryOpts = (v: string): [string, string][] => [['', t('any')], ...[...new Set([...codes, v].filter(Boolean))].map((c): [string, string] => [c, countryLabel(c)])];
  const v = (k: string) => params.get(k) ?? '';
  const inputs: Record<(typeof KEYS)[number], HTMLInputElement | HTMLSelectElement> = {
    a: select('a', countryOpts(v('a').toUpperCase()), v('a').toUpperCase()),
    b: select('b', countryOpts(v('b').toUpperCase()), v('b').toUpperCase()),
    type: select('type', [['', t('any')], ...EVENT_TYPES.map((x): [string, string] => [x, x])], v('type').toUpperCase()),
    status: select('status', [['', t('any')], ...STATUSES.map((x): [string, string] => [x, t(x)])], v('status')),
    from: dateInput('from', v('from')),
    to: dateInput('to', v('to')),
    actor: h('input', { name: 'actor', type: 'search', placeholder: t('actor name'), value: v('actor') }),
    q: h('input', { name: 'q', type: 'search', placeholder: t('words in the evidence'), value: v('q') }),
    minConf: confidenceInput(params),
  };
  const count = h('p', { class: 'count' });
  const list = h('div', { class: 'event-list timeline' });
  const form = h('form', { class: 'filters', id: 'event-filters' },
    field(t('State'), inputs.a), field(t('other state'), inputs.b), field(t('Type'), inputs.type), field(t('Status'), inputs.status),
    dateField(t('From'), inputs.from as HTMLInputElement), dateField(t('To'), inputs.to as HTMLInputElement), field(t('Actor'), inputs.actor), field(t('Text'), inputs.q),
    field(t('min. confidence %'), inputs.minConf),
    h('button', { type: 'submit' }, t('Filter')), h('button', { type: 'reset' }, t('Clear')));
  root.append(h('h2', {}, t('Events')), form, count, list);

  const more = h('button', { type: 'button', class: 'more', hidden: true }, t('Load more'));
  root.append(more);
  let shown: EventRow[] = [];
  let filter: Record<string, string> = {};

  const render = (hasMore: boolean) => {
    replace(count, `${t('{n} events', { n: shown.length })}${hasMore ? '+' : ''}`);
    // Timeline: one group per month, newest first (the store's order).
    const groups = new Map<string, EventRow[]>();
    for (const e of shown) {
      const m = eventDay(e)?.slice(0, 7) ?? 'undated';
      groups.set(m, [...(groups.get(m) ?? []), e]);
    }
    replace(list, [...groups].map(([m, es]) => h('section', { class: 'month' }, h('h3', {}, m === 'undated' ? t('no date') : fmtDate(m)), es.map((e) => eventCard(e)))));
    if (!shown.length) list.append(h('p', { class: 'empty' }, t('No events match these filters.')));
    more.hidden = !hasMore;
  };
  const load = async () => {
    filter = Object.fromEntries(KEYS.map((k) => [k, k === 'from' || k === 'to' ? dayValue(inputs[k] as HTMLInputElement) : inputs[k].value.trim()]));
    setHashQuery('events', filter, signal);
    replace(count, t('Loading…'));
    shown = await fetchEvents(filter, 0);
    render(shown.length === PAGE);
  };
  more.addEventListener('click', () => {
    void fetchEvents(filter, shown.length).then((rows) => {
      shown = [...shown, ...rows];
      render(rows.length === PAGE);
    });
  });
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

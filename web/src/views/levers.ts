/**
 * Levers: the trade and technology levers between two states (docs/levers.md): instruments over
 * time by good (months × goods, one mark per instrument), the current state of each lever (in
 * force / suspended / lifted / threatened, strongest magnitude, first and last seen) and a card
 * per lever mention with its evidence sentence (cue highlighted) and links to the article and to
 * the event timeline of the pair.
 *
 * @example
 * location.hash = '#/levers?a=USA&b=CHN';
 */
import type { DyadsResponse } from '../../../src/server/api-types.js';
import type { LeverState, LeversResponse } from '../../../src/server/levers-types.js';
import type { LeverRow } from '../../../src/store/lever-rows.js';
import { ApiFailure } from '../api.js';
import { field, h, replace, select } from '../dom.js';
import { highlight } from '../highlight.js';
import { countryLabel, countryName } from '../labels.js';
import { setHashQuery, type View } from '../view.js';
import { fmtDate, t } from '../i18n.js';

/** Short labels and colours of the instruments, in the order of the contract. */
const INSTRUMENTS: Record<string, { label: string; color: string }> = {
  tariff: { label: 'tariff', color: '#b40426' },
  'export-control': { label: 'export control', color: '#3b4cc0' },
  'import-ban': { label: 'import ban / purchase stop', color: '#d9730d' },
  sanctions: { label: 'sanctions', color: '#6f2da8' },
  investment: { label: 'investment restriction', color: '#2a7f62' },
  quota: { label: 'quota', color: '#8a6d00' },
  boycott: { label: 'boycott of a firm', color: '#c2185b' },
  dependence: { label: 'dependence', color: '#555' },
};

async function getJson<T>(path: string, q: Record<string, string>): Promise<T> {
  const res = await fetch(`${path}?${new URLSearchParams(q)}`, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({ error: res.statusText }))) as T | { error?: string };
  if (!res.ok) throw new ApiFailure(res.status, (body as { error?: string }).error ?? res.statusText);
  return body as T;
}

const side = (c: string | null, names: string[]) => (c ? `${c}` : names[0] ?? '?');
const magnitude = (m: { value: number; unit: string | null; text: string | null } | null) =>
  (m ? m.text ?? `${m.value} ${m.unit ?? ''}` : '–');

function chip(instrument: string, text?: string): HTMLElement {
  const i = INSTRUMENTS[instrument] ?? { label: instrument, color: '#333' };
  return h('span', { class: `lever-chip i-${instrument}`, style: `border-left: 4px solid ${i.color}; padding: 0 4px; margin-right: 4px`, title: t(i.label) }, text ?? t(i.label));
}

/** Months × goods: which instruments were named when. */
function timeline(items: LeverRow[], series: LeversResponse['series']): HTMLElement {
  if (!series.length) return h('p', { class: 'empty' }, t('No dated levers.'));
  const months = [...new Set(series.map((p) => p.month))].sort();
  const goods = [...new Set(items.map((r) => r.good ?? '–'))].sort();
  const cell = (good: string, month: string) => series.filter((p) => (p.good ?? '–') === good && p.month === month)
    .map((p) => chip(p.instrument, `${t(INSTRUMENTS[p.instrument]?.label ?? p.instrument)}${p.count > 1 ? ` ×${p.count}` : ''}`));
  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('Instruments over time, by good') }, h('table', { class: 'lever-timeline' },
    h('thead', {}, h('tr', {}, h('th', {}, t('good')), months.map((m) => h('th', {}, fmtDate(m))))),
    h('tbody', {}, goods.map((g) => h('tr', {}, h('th', {}, g), months.map((m) => h('td', {}, cell(g, m))))))));
}

/** One row per lever: where it stands now. */
function stateTable(state: LeverState[]): HTMLElement {
  if (!state.length) return h('p', { class: 'empty' }, t('No levers.'));
  return h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('Current state of each lever') }, h('table', { class: 'lever-state' },
    h('thead', {}, h('tr', {}, ['instrument', 'imposer → target', 'good', 'state', 'strongest', 'first seen', 'last seen', 'mentions'].map((c) => h('th', {}, t(c))))),
    h('tbody', {}, state.map((s) => h('tr', { class: `lever-status-${s.status}` },
      h('td', {}, chip(s.instrument)),
      h('td', {}, `${s.imposerCountry ?? '?'} → ${s.targetCountry ?? '?'}`),
      h('td', {}, s.good ?? '–'),
      h('td', {}, h('span', { class: `status s-${s.status}` }, t(s.kind === 'dependence' ? 'holds' : s.status))),
      h('td', {}, magnitude(s.strongest)),
      h('td', {}, s.firstDay ? fmtDate(s.firstDay) : '–'), h('td', {}, s.lastDay ? fmtDate(s.lastDay) : '–'), h('td', {}, s.mentions))))));
}

/** A card for one lever mention, with its evidence sentence and the cue highlighted. */
function leverCard(r: LeverRow): HTMLElement {
  const when = r.date ? `${fmtDate(r.date)}${r.dateBasis === 'article' ? ` ${t('(article date)')}` : ''}` : `${t('undated')}${r.articleDate ? `, ${t('article')} ${fmtDate(r.articleDate)}` : ''}`;
  const cue = { start: r.cue.start - r.evidence.start, end: r.cue.end - r.evidence.start, cls: 'hl-trigger', title: `${t('cue')}: ${r.instrument}` };
  return h('article', { class: `event lever status-${r.status}`, 'data-lever': `${r.articleId}/${r.leverId}` },
    h('div', { class: 'event-head' },
      h('span', { class: 'date' }, when),
      chip(r.instrument),
      h('span', { class: `status s-${r.status}` }, r.direction ? `${t(r.direction)} · ${t(r.status)}` : t(r.status)),
      h('span', { class: 'dyad', title: `${countryName(r.imposerCountry)} → ${countryName(r.targetCountry)}` },
        h('span', { class: 'hl-source' }, side(r.imposerCountry, r.imposerNames)), ' → ',
        h('span', { class: 'hl-target' }, side(r.targetCountry, r.targetNames))),
      h('span', { class: 'good' }, r.good ? `${r.good}${r.goodText ? ` (${r.goodText})` : ''}` : t('no good named')),
      r.magnitude ? h('span', { class: 'magnitude' }, magnitude(r.magnitude)) : null,
      r.speaker ? h('span', { class: 'speaker' }, t('says {s}', { s: r.speaker })) : null,
    ),
    h('blockquote', { class: 'evidence', lang: r.lang ?? null }, cue.start >= 0 ? highlight(r.evidence.text, [cue]) : r.evidence.text),
    h('a', { class: 'to-article', href: `#/article/${encodeURIComponent(r.articleId)}${r.eventId ? `?event=${encodeURIComponent(r.eventId)}` : ''}` }, t('open article →')),
  );
}

/** The Levers view. */
export const leversView: View = async (root, params, _rest, signal) => {
  root.append(h('h2', {}, t('Levers between two states')));
  const dyads = (await getJson<DyadsResponse>('/api/dyads', { limit: '200' })).items;
  const codes = [...new Set(dyads.flatMap((d) => [d.a, d.b]))].sort();
  const a0 = (params.get('a') ?? dyads[0]?.a ?? 'USA').toUpperCase();
  const b0 = (params.get('b') ?? dyads[0]?.b ?? 'CHN').toUpperCase();
  const opts = (c: string[], x: string) => (c.includes(x) ? c : [x, ...c]).map((y): [string, string] => [y, countryLabel(y)]);
  const selA = select('a', opts(codes, a0), a0);
  const selB = select('b', opts(codes, b0), b0);
  const body = h('div', { class: 'levers-body' });
  root.append(h('form', { class: 'filters', onsubmit: (ev: Event) => ev.preventDefault() }, field(t('State A'), selA), field(t('State B'), selB)), body);
  const draw = async () => {
    const a = selA.value;
    const b = selB.value;
    setHashQuery('levers', { a, b }, signal);
    if (a === b) { replace(body, h('p', { class: 'empty' }, t('Choose two different states.'))); return; }
    const r = await getJson<LeversResponse>('/api/levers', { a, b });
    if (!r.items.length) {
      replace(body, h('p', { class: 'empty' }, t('No levers between {a} and {b} yet.', { a: countryName(a), b: countryName(b) })));
      return;
    }
    replace(body,
      h('h3', {}, t('Instruments over time, by good')), timeline(r.items, r.series),
      h('h3', {}, t('Current state of each lever')), stateTable(r.state),
      h('h3', {}, r.items.length === 1 ? t('1 mention with evidence') : t('{n} mentions with evidence', { n: r.items.length })),
      h('p', {}, h('a', { href: `#/relations?a=${a}&b=${b}` }, t('event timeline of the pair →'))),
      h('div', { class: 'lever-cards' }, r.items.map(leverCard)));
  };
  selA.addEventListener('change', () => void draw());
  selB.addEventListener('change', () => void draw());
  await draw();
};

/**
 * Actors: the registry (name, type, country, sector, roles, counts), filterable; choosing one
 * shows its quotes, its events and the actors it co-occurs with as a small network (SVG).
 *
 * @example
 * location.hash = '#/actors?name=Donald%20Trump';
 */
import type { ActorDetailResponse } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { field, h, replace, svg } from '../dom.js';
import { eventCard } from '../event-card.js';
import { setHashQuery, type View } from '../view.js';
import { actorCorrection } from '../correct.js';
import { dataTable } from '../table.js';
import { fmtDate, t } from '../i18n.js';
import { confidenceInput, confQuery } from '../confidence.js';

/** A radial network: the actor in the middle, co-occurring actors around, edge width by count. */
function network(d: ActorDetailResponse, onPick: (name: string) => void): SVGSVGElement {
  const W = 520;
  const H = 360;
  const cx = W / 2;
  const cy = H / 2;
  const others = d.cooccurring.slice(0, 16);
  const max = Math.max(1, ...others.map((o) => o.count));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'group', 'aria-label': t('Actors co-occurring with {name}', { name: d.name }) });
  const title = svg('title');
  title.textContent = t('Actors co-occurring with {name}', { name: d.name });
  root.append(title);
  others.forEach((o, i) => {
    const ang = (2 * Math.PI * i) / Math.max(1, others.length) - Math.PI / 2;
    const x = cx + Math.cos(ang) * 140;
    const y = cy + Math.sin(ang) * 130;
    root.append(svg('line', { x1: cx, y1: cy, x2: x, y2: y, 'stroke-width': 1 + (4 * o.count) / max, class: 'edge' }));
    const g = svg('g', { class: 'node', transform: `translate(${x},${y})`, tabindex: 0, role: 'button', 'aria-label': `${o.name} (${o.count})` });
    g.append(svg('circle', { r: 6 + (6 * o.count) / max }));
    const label = svg('text', { y: -12, 'text-anchor': 'middle' });
    label.textContent = `${o.name} (${o.count})`;
    g.append(label);
    g.addEventListener('click', () => onPick(o.name));
    g.addEventListener('keydown', (ev) => { const k = (ev as KeyboardEvent).key; if (k === 'Enter' || k === ' ') { ev.preventDefault(); onPick(o.name); } });
    root.append(g);
  });
  const center = svg('g', { class: 'node center', transform: `translate(${cx},${cy})` });
  center.append(svg('circle', { r: 14 }));
  const label = svg('text', { y: 30, 'text-anchor': 'middle' });
  label.textContent = d.name;
  center.append(label);
  root.append(center);
  return root;
}

/** The Actors view. */
export const actorsView: View = async (root, params, _rest, signal) => {
  const q = h('input', { type: 'search', name: 'q', placeholder: t('name'), value: params.get('q') ?? '' });
  const minConf = confidenceInput(params);
  const table = h('div', { class: 'actors-table' });
  const detail = h('div', { class: 'actor-detail', id: 'actor-detail' });
  const form = h('form', { class: 'filters', id: 'actor-filters' }, field(t('Actor'), q), field(t('min. confidence %'), minConf), h('button', { type: 'submit' }, t('Search')));
  root.append(h('h2', {}, t('Actors')), form, h('div', { class: 'two-cols' }, h('div', { class: 'actors-list' }, table), detail));
  let current = params.get('name') ?? '';

  const show = async (name: string) => {
    current = name;
    setHashQuery('actors', { q: q.value.trim(), name, minConf: minConf.value }, signal);
    const d = await api.actor(name, confQuery(minConf.value));
    const a = d.actor;
    replace(detail,
      h('h3', {}, d.name),
      a ? h('p', { class: 'meta' }, [a.type, a.country, a.sector, a.roles.length ? `${t('roles')}: ${a.roles.join(', ')}` : null,
        t('{n} articles', { n: a.articles }), t('{n} mentions', { n: a.mentions })].filter(Boolean).join(' · ')) : null,
      actorCorrection(d.name, () => void load().then(() => show(d.name))),
      h('h4', {}, t('Co-occurring actors ({n})', { n: d.cooccurring.length })),
      d.cooccurring.length ? network(d, (n) => void show(n)) : h('p', { class: 'empty' }, t('No shared events.')),
      h('h4', {}, t('Quotes ({n})', { n: d.quotes.length })),
      h('ul', { class: 'quotes' }, d.quotes.map((x) => h('li', {}, h('q', { lang: x.lang ?? null }, x.text), ' ',
        h('a', { href: `#/article/${encodeURIComponent(x.articleId)}` }, x.title ?? (fmtDate(x.date) || t('article')))))),
      h('h4', {}, t('Events ({n})', { n: d.events.length })),
      d.events.map((e) => eventCard(e)));
  };
  const load = async () => {
    const { items } = await api.actors({ q: q.value.trim(), limit: 500 });
    if (!items.length) {
      replace(table, h('p', { class: 'empty' }, t('No actors.')));
      return;
    }
    replace(table, dataTable('actors', [
      { label: t('name'), value: (a) => a.name, cell: (a) => h('a', { href: '#', class: 'actor-link', onclick: (ev: Event) => { ev.preventDefault(); void show(a.name); } }, a.name) },
      { label: t('type'), value: (a) => a.type },
      { label: t('country'), value: (a) => a.country ?? '', cell: (a) => (a.country ? h('a', { href: `#/country/${a.country}` }, a.country) : '') },
      { label: t('sector'), value: (a) => a.sector ?? '' },
      { label: t('roles'), value: (a) => a.roles.join(', ') },
      { label: t('articles'), value: (a) => a.articles, numeric: true },
      { label: t('mentions'), value: (a) => a.mentions, numeric: true },
    ], items, { pageSize: 100 }));
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load().then(() => (current ? show(current) : setHashQuery('actors', { q: q.value.trim(), minConf: minConf.value }, signal)));
  });
  await load();
  if (current) await show(current);
};

/**
 * A country's page (#/country/ISO3): its partners in events ranked by events, with their PLOVER
 * score sum and a link to the pair's relation; its actors; the quotes of its speakers.
 *
 * @example
 * location.hash = '#/country/CHN';
 */
import { api } from '../api.js';
import { field, h } from '../dom.js';
import { confidenceInput, confQuery } from '../confidence.js';
import { setHashQuery } from '../view.js';
import { countryName } from '../labels.js';
import { fmtDate, t } from '../i18n.js';
import { dataTable } from '../table.js';
import type { View } from '../view.js';

/** The Country view. */
export const countryView: View = async (root, params, rest, signal) => {
  const c = rest.toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) {
    root.append(h('h2', {}, t('Country')), h('p', { class: 'error' }, t('Give a country code such as #/country/CHN.')));
    return;
  }
  const minConf = confidenceInput(params);
  const form = h('form', { class: 'filters', id: 'country-filters' }, field(t('min. confidence %'), minConf), h('button', { type: 'submit' }, t('Filter')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    setHashQuery(`country/${c}`, { minConf: minConf.value }, signal);
    window.dispatchEvent(new Event('lagebild:refresh'));
  });
  const d = await api.country(c, confQuery(minConf.value));
  const mc = minConf.value ? `&minConf=${encodeURIComponent(minConf.value)}` : '';
  root.append(h('h2', {}, `${countryName(c)} (${c})`), form,
    h('h3', {}, t('Partners by events')),
    d.partners.length ? dataTable('partners', [
      { label: t('country'), value: (p) => p.country, cell: (p) => h('a', { href: `#/country/${p.country}` }, `${countryName(p.country)} (${p.country})`) },
      { label: t('events'), value: (p) => p.events, numeric: true },
      { label: t('score sum'), value: (p) => p.scoreSum, numeric: true },
      { label: t('relation'), value: (p) => p.country, cell: (p) => h('a', { href: `#/relations?a=${c}&b=${p.country}${mc}` }, `${c}–${p.country} →`) },
    ], d.partners) : h('p', { class: 'empty' }, t('No events with other states.')),
    h('h3', {}, t('Actors')),
    d.actors.length ? dataTable('country-actors', [
      { label: t('name'), value: (a) => a.name, cell: (a) => h('a', { href: `#/actors?name=${encodeURIComponent(a.name)}` }, a.name) },
      { label: t('type'), value: (a) => a.type },
      { label: t('articles'), value: (a) => a.articles, numeric: true },
      { label: t('mentions'), value: (a) => a.mentions, numeric: true },
    ], d.actors, { pageSize: 20 }) : h('p', { class: 'empty' }, t('No actors.')),
    h('h3', {}, t('Quotes ({n})', { n: d.quotes.length })),
    h('ul', { class: 'quote-list' }, d.quotes.map((q) => h('li', {}, h('q', { lang: q.lang ?? null }, q.text), ' — ', h('span', { class: 'speaker' }, q.speaker ?? '?'), ' ',
      h('a', { href: `#/article/${encodeURIComponent(q.articleId)}` }, q.title ?? (fmtDate(q.date) || t('article')))))));
};

/**
 * Articles: the stored corpus, newest first, searchable (substring of title, text or URL); a
 * sortable, paged table; untitled articles are named by the start of their text. Each links to
 * its article view.
 *
 * @example
 * location.hash = '#/articles?q=Zölle';
 */
import { api } from '../api.js';
import { field, h, replace } from '../dom.js';
import { fmtDate, t } from '../i18n.js';
import { dataTable } from '../table.js';
import { articleTitle } from '../titles.js';
import { setHashQuery, type View } from '../view.js';

/** The Articles view. */
export const articlesView: View = async (root, params, _rest, signal) => {
  const q = h('input', { type: 'search', name: 'q', placeholder: t('words in the text'), value: params.get('q') ?? '' });
  const list = h('div', { class: 'articles-list' });
  const form = h('form', { class: 'filters' }, field(t('Search'), q), h('button', { type: 'submit' }, t('Search')));
  root.append(h('h2', {}, t('Articles')), form, list);
  const load = async () => {
    setHashQuery('articles', { q: q.value.trim() }, signal);
    const { items } = await api.articles({ q: q.value.trim(), limit: 500 });
    if (!items.length) {
      replace(list, h('p', { class: 'empty' }, t('No articles.')));
      return;
    }
    replace(list, dataTable('articles', [
      { label: t('date'), value: (a) => a.date ?? '', cell: (a) => fmtDate(a.date) },
      { label: t('title'), value: (a) => articleTitle(a), cell: (a) => h('a', { href: `#/article/${encodeURIComponent(a.id)}`, class: a.title ? null : 'derived-title' }, articleTitle(a)) },
      { label: t('language'), value: (a) => a.lang ?? '' },
      { label: t('events'), value: (a) => a.events, numeric: true },
      { label: t('quotes'), value: (a) => a.quotes, numeric: true },
      { label: t('status'), value: (a) => t(a.status) + (a.duplicateOf ? ` (${t('duplicate')})` : '') },
    ], items, { pageSize: 50 }));
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load();
  });
  await load();
};

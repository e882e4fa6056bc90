/**
 * Articles: the stored corpus, newest first, searchable; each links to its article view.
 *
 * @example
 * location.hash = '#/articles?q=Zölle';
 */
import { api } from '../api.js';
import { field, h, replace } from '../dom.js';
import { setHashQuery, type View } from '../view.js';

/** The Articles view. */
export const articlesView: View = async (root, params) => {
  const q = h('input', { type: 'search', name: 'q', placeholder: 'words in the text', value: params.get('q') ?? '' });
  const list = h('table', { class: 'articles' });
  const form = h('form', { class: 'filters' }, field('Search', q), h('button', { type: 'submit' }, 'Search'));
  root.append(h('h2', {}, 'Articles'), form, list);
  const load = async () => {
    setHashQuery('articles', { q: q.value.trim() });
    const { items } = await api.articles({ q: q.value.trim(), limit: 500 });
    replace(list,
      h('thead', {}, h('tr', {}, ['date', 'title', 'lang', 'events', 'quotes', 'status'].map((c) => h('th', {}, c)))),
      h('tbody', {}, items.map((a) => h('tr', {},
        h('td', {}, a.date ?? ''),
        h('td', {}, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title ?? a.id)),
        h('td', {}, a.lang ?? ''), h('td', {}, a.events), h('td', {}, a.quotes),
        h('td', {}, a.status + (a.duplicateOf ? ' (duplicate)' : ''))))));
    if (!items.length) list.append(h('caption', {}, 'No articles.'));
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load();
  });
  await load();
};

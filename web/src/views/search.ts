/**
 * Search: one box over events, quotes and articles (GET /api/search): stemmed words in German
 * and English, `word*` prefixes, "phrases", and other names of the same actor or place
 * (Peking = Beijing). The query is in the URL (#/search?q=).
 *
 * @example
 * location.hash = '#/search?q=Zoll';
 */
import { api } from '../api.js';
import { field, h, replace } from '../dom.js';
import { eventCard } from '../event-card.js';
import { fmtDate, t } from '../i18n.js';
import { articleTitle } from '../titles.js';
import { navigate, type View } from '../view.js';
import { confidenceInput, confQuery } from '../confidence.js';

/** The Search view. */
export const searchView: View = async (root, params) => {
  const q = params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: t('words, a prefix* or "a phrase"'), size: 40 });
  const minConf = confidenceInput(params);
  const form = h('form', { class: 'filters', id: 'search-form', role: 'search' },
    field(t('Search events, quotes and articles'), input), field(t('min. confidence %'), minConf), h('button', { type: 'submit' }, t('Find')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('search', { q: input.value.trim(), minConf: minConf.value });
  });
  const out = h('div', { class: 'search-results', id: 'search-results' });
  root.append(h('h2', {}, t('Search')), form, out);
  if (!q) return;
  const r = await api.search({ q, limit: 50, ...confQuery(minConf.value) });
  replace(out,
    r.expanded.length ? h('p', { class: 'meta expanded' }, `${t('also searched')}: ${r.expanded.join(', ')}`) : null,
    h('section', { class: 'hits hits-events' }, h('h3', {}, t('{n} events', { n: r.events.length })),
      r.events.length ? r.events.map((e) => eventCard(e)) : h('p', { class: 'empty' }, t('no hits'))),
    h('section', { class: 'hits hits-quotes' }, h('h3', {}, t('{n} quotes', { n: r.quotes.length })),
      r.quotes.length ? h('ul', { class: 'quote-list' }, r.quotes.map((x) => h('li', {},
        h('q', { lang: x.lang ?? null }, x.text), ' — ', h('span', { class: 'speaker' }, x.speaker ?? '?'), ' ',
        h('a', { href: `#/article/${encodeURIComponent(x.articleId)}` }, x.title ?? (fmtDate(x.date) || t('article'))))))
        : h('p', { class: 'empty' }, t('no hits'))),
    h('section', { class: 'hits hits-articles' }, h('h3', {}, t('{n} articles', { n: r.articles.length })),
      r.articles.length ? h('ul', { class: 'article-hits' }, r.articles.map((a) => h('li', {},
        h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, articleTitle(a)), ' ', h('span', { class: 'meta' }, fmtDate(a.date)))))
        : h('p', { class: 'empty' }, t('no hits'))));
};

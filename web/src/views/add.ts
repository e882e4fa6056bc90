/**
 * Add article: paste text, upload a file (read in the browser and sent as text), or give the URL
 * of a page or feed; the server stores and analyses it and the result links to the article view.
 * A token field appears when the server requires one for writes.
 *
 * @example
 * location.hash = '#/add';
 */
import type { AddArticleRequest } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { field, h, replace, select } from '../dom.js';
import { refreshStats } from '../stats.js';
import type { View } from '../view.js';

const MAX_BYTES = 5 * 1024 * 1024;

/** The Add article view. */
export const addView: View = async (root) => {
  const stats = await api.stats().catch(() => null);
  const text = h('textarea', { name: 'text', rows: 12, placeholder: 'Paste the article text here (first line may be "date YYYY-MM-DD credit caption").' });
  const title = h('input', { name: 'title', type: 'text' });
  const date = h('input', { name: 'date', type: 'date' });
  const lang = select('lang', [['', 'detect'], ['de', 'German'], ['en', 'English']]);
  const file = h('input', { name: 'file', type: 'file', accept: '.txt,.html,.htm,.json,text/*' });
  const url = h('input', { name: 'url', type: 'url', placeholder: 'https://… (page or RSS/Atom feed)' });
  const token = h('input', { name: 'token', type: 'password', autocomplete: 'off' });
  const out = h('div', { class: 'add-result', id: 'add-result' });

  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > MAX_BYTES) {
      replace(out, h('p', { class: 'error' }, 'The file is larger than 5 MB.'));
      return;
    }
    void f.text().then((t) => {
      text.value = t;
      if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
    });
  });

  const submit = async (body: AddArticleRequest) => {
    replace(out, 'Analysing…');
    try {
      const res = await api.addArticle(body, token.value.trim() || undefined);
      replace(out, h('ul', {}, res.items.map((a) => h('li', {},
        h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.id), ` — ${a.inserted ? 'stored' : 'already stored'}, ${a.status}, ${a.events} events, ${a.quotes} quotes`,
        a.error ? ` (${a.error})` : '')), res.failed.map((x) => h('li', { class: 'error' }, `${x.origin}: ${x.error}`))));
      void refreshStats();
    } catch (err) {
      replace(out, h('p', { class: 'error' }, (err as Error).message));
    }
  };
  const textForm = h('form', { class: 'add-text', id: 'add-form' },
    field('Text', text), field('or upload a file', file),
    h('div', { class: 'row' }, field('Title', title), field('Date', date), field('Language', lang)),
    h('button', { type: 'submit' }, 'Add and analyse'));
  textForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!text.value.trim()) {
      replace(out, h('p', { class: 'error' }, 'Paste some text or choose a file first.'));
      return;
    }
    void submit({ text: text.value, title: title.value || null, date: date.value || null, lang: (lang.value || null) as 'de' | 'en' | null });
  });
  const urlForm = h('form', { class: 'add-url' }, field('URL', url), h('button', { type: 'submit' }, 'Fetch and analyse'));
  urlForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (url.value.trim()) void submit({ url: url.value.trim() });
  });
  root.append(h('h2', {}, 'Add an article'));
  if (stats?.writeNeedsToken) root.append(field('Token (this server requires one for writes)', token));
  root.append(textForm, h('h3', {}, 'From the web'), urlForm, out);
};

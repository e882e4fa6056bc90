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
import { articleTitle } from '../titles.js';
import type { View } from '../view.js';
import { t } from '../i18n.js';
import { dateField, dateInput, dayValue } from '../date-input.js';

const MAX_BYTES = 5 * 1024 * 1024;

/** The Add article view. */
export const addView: View = async (root) => {
  const stats = await api.stats().catch(() => null);
  const text = h('textarea', { name: 'text', rows: 12, placeholder: t('Paste the article text here (first line may be "date YYYY-MM-DD credit caption").') });
  const title = h('input', { name: 'title', type: 'text' });
  const date = dateInput('date', '');
  const lang = select('lang', [['', t('detect')], ['de', t('German')], ['en', t('English')]]);
  const file = h('input', { name: 'file', type: 'file', accept: '.txt,.html,.htm,.json,text/*' });
  const url = h('input', { name: 'url', type: 'url', placeholder: t('https://… (page or RSS/Atom feed)') });
  const token = h('input', { name: 'token', type: 'password', autocomplete: 'off' });
  const out = h('div', { class: 'add-result', id: 'add-result' });

  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > MAX_BYTES) {
      replace(out, h('p', { class: 'error' }, t('The file is larger than 5 MB.')));
      return;
    }
    void f.text().then((body) => {
      text.value = body;
      if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
    });
  });

  // the result names each article by its title (given, or from the text), not by its hash id
  const titles = new Map<string, string>();
  const titleOf = (id: string) => titles.get(id) ?? id;
  const submit = async (body: AddArticleRequest) => {
    replace(out, t('Analysing…'));
    try {
      const res = await api.addArticle(body, token.value.trim() || undefined);
      await Promise.all(res.items.map(async (a) => {
        const got = await api.article(a.id).catch(() => null);
        if (got) titles.set(a.id, articleTitle({ id: a.id, title: got.article.title, date: got.article.date, lead: got.article.text.slice(0, 300) }));
      }));
      replace(out, h('ul', {}, res.items.map((a) => h('li', {},
        h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, titleOf(a.id)),
        ` — ${t(a.inserted ? 'stored' : 'already stored')}, ${t(a.status)}, ${t('{n} events', { n: a.events })}, ${t('{n} quotes', { n: a.quotes })}`,
        a.error ? ` (${a.error})` : '')), res.failed.map((x) => h('li', { class: 'error' }, `${x.origin}: ${x.error}`))));
      void refreshStats();
    } catch (err) {
      replace(out, h('p', { class: 'error' }, (err as Error).message));
    }
  };
  const textForm = h('form', { class: 'add-text', id: 'add-form' },
    field(t('Text'), text), field(t('or upload a file'), file),
    h('div', { class: 'row' }, field(t('Title'), title), dateField(t('Date'), date), field(t('Language'), lang)),
    h('button', { type: 'submit' }, t('Add and analyse')));
  textForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!text.value.trim()) {
      replace(out, h('p', { class: 'error' }, t('Paste some text or choose a file first.')));
      return;
    }
    void submit({ text: text.value, title: title.value || null, date: dayValue(date) || null, lang: (lang.value || null) as 'de' | 'en' | null });
  });
  const urlForm = h('form', { class: 'add-url' }, field(t('URL'), url), h('button', { type: 'submit' }, t('Fetch and analyse')));
  urlForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (url.value.trim()) void submit({ url: url.value.trim() });
  });
  root.append(h('h2', {}, t('Add an article')));
  if (stats?.writeNeedsToken) root.append(field(t('Token (this server requires one for writes)'), token));
  root.append(textForm, h('h3', {}, t('From the web')), urlForm, out);
};

/**
 * Quotes: full-text search over what was said (SQLite FTS5 on the server), filtered by speaker,
 * speaker's country and date range; each quote links to its article.
 *
 * @example
 * location.hash = '#/quotes?q=tariffs&country=USA';
 */
import { api } from '../api.js';
import { field, h, replace } from '../dom.js';
import { setHashQuery, type View } from '../view.js';
import type { QuoteRow } from '../../../src/server/api-types.js';
import { fmtDate, t } from '../i18n.js';
import { dateField, dateInput, dayValue } from '../date-input.js';

/**
 * Fragments of one quote as one entry: the engine reports a mixed quote (»…« inside reported
 * speech) and the quoted words inside it as two quotes; a quote of the same article and speaker
 * whose words lie inside another one is folded into it (`parts` counts them).
 */
export function groupFragments(rows: QuoteRow[]): { items: (QuoteRow & { parts: number })[] } {
  const bare = (x: string) => x.replace(/[»«„“”"‚‘’›‹]/g, '').trim();
  const out: (QuoteRow & { parts: number })[] = [];
  for (const r of rows) {
    const same = out.filter((o) => o.articleId === r.articleId && o.speaker === r.speaker);
    const outer = same.find((o) => bare(o.text).includes(bare(r.text)));
    if (outer) {
      outer.parts++;
      continue;
    }
    const inner = same.find((o) => bare(r.text).includes(bare(o.text)));
    if (inner) {
      Object.assign(inner, r, { parts: inner.parts + 1 });
      continue;
    }
    out.push({ ...r, parts: 1 });
  }
  return { items: out };
}

/** The Quotes view. */
export const quotesView: View = async (root, params, _rest, signal) => {
  const v = (k: string) => params.get(k) ?? '';
  const inputs = {
    q: h('input', { type: 'search', name: 'q', placeholder: t('words in the quote'), value: v('q') }),
    speaker: h('input', { type: 'search', name: 'speaker', placeholder: t('speaker'), value: v('speaker') }),
    country: h('input', { type: 'text', name: 'country', placeholder: t('ISO3, e.g. USA'), maxlength: 3, size: 5, value: v('country') }),
    from: dateInput('from', v('from')),
    to: dateInput('to', v('to')),
  };
  const count = h('p', { class: 'count' });
  const list = h('ul', { class: 'quote-list' });
  const form = h('form', { class: 'filters', id: 'quote-filters' },
    field(t('Text'), inputs.q), field(t('Speaker'), inputs.speaker), field(t('Country'), inputs.country),
    dateField(t('From'), inputs.from), dateField(t('To'), inputs.to), h('button', { type: 'submit' }, t('Search')));
  root.append(h('h2', {}, t('Quotes')), form, count, list);
  const load = async () => {
    const f = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.dataset.date ? dayValue(el) : el.value.trim()]));
    setHashQuery('quotes', f, signal);
    try {
      const { items } = groupFragments((await api.quotes({ ...f, limit: 500 })).items);
      replace(count, t('{n} quotes', { n: items.length }));
      replace(list, items.map((x) => h('li', { class: `quote q-${x.type}`, 'data-parts': x.parts },
        h('q', { lang: x.lang ?? null }, x.text),
        h('div', { class: 'meta' },
          h('span', { class: 'speaker' }, x.speaker ?? t('unknown speaker')),
          x.speakerCountry ? ` (${x.speakerCountry})` : '', ` · ${t(x.type)}`, x.cue ? ` · „${x.cue}“` : '', ' · ',
          h('a', { href: `#/article/${encodeURIComponent(x.articleId)}` }, `${fmtDate(x.date)} ${x.title ?? t('article')}`.trim())))));
      if (!items.length) list.append(h('li', { class: 'empty' }, t('No quotes match.')));
    } catch (err) {
      replace(count, h('span', { class: 'error' }, (err as Error).message));
      replace(list);
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void load();
  });
  await load();
};

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
import { t } from '../i18n.js';

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
export const quotesView: View = async (root, params) => {
  const v = (k: string) => params.get(k) ?? '';
  const inputs = {
    q: h('input', { type: 'search', name: 'q', placeholder: 'words in the quote', value: v('q') }),
    speaker: h('input', { type: 'search', name: 'speaker', placeholder: 'speaker', value: v('speaker') }),
    country: h('input', { type: 'text', name: 'country', placeholder: 'ISO3, e.g. USA', maxlength: 3, size: 5, value: v('country') }),
    from: h('input', { type: 'date', name: 'from', value: v('from') }),
    to: h('input', { type: 'date', name: 'to', value: v('to') }),
  };
  const count = h('p', { class: 'count' });
  const list = h('ul', { class: 'quote-list' });
  const form = h('form', { class: 'filters', id: 'quote-filters' },
    field('Text', inputs.q), field('Speaker', inputs.speaker), field('Country', inputs.country),
    field('From', inputs.from), field('To', inputs.to), h('button', { type: 'submit' }, 'Search'));
  root.append(h('h2', {}, 'Quotes'), form, count, list);
  const load = async () => {
    const f = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.value.trim()]));
    setHashQuery('quotes', f);
    try {
      const { items } = groupFragments((await api.quotes({ ...f, limit: 500 })).items);
      replace(count, t('{n} quotes', { n: items.length }));
      replace(list, items.map((x) => h('li', { class: `quote q-${x.type}`, 'data-parts': x.parts },
        h('q', {}, x.text),
        h('div', { class: 'meta' },
          h('span', { class: 'speaker' }, x.speaker ?? 'unknown speaker'),
          x.speakerCountry ? ` (${x.speakerCountry})` : '', ` · ${x.type}`, x.cue ? ` · „${x.cue}“` : '', ' · ',
          h('a', { href: `#/article/${encodeURIComponent(x.articleId)}` }, `${x.date ?? ''} ${x.title ?? 'article'}`.trim())))));
      if (!items.length) list.append(h('li', { class: 'empty' }, 'No quotes match.'));
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

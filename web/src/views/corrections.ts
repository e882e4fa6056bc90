/**
 * Corrections: the audit list of every analyst correction (newest first) with author, time, what
 * it concerns and the new value; event corrections link to the event in its article.
 *
 * @example
 * location.hash = '#/corrections';
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { fmtTime, t } from '../i18n.js';
import type { View } from '../view.js';

/** The Corrections view. */
export const correctionsView: View = async (root) => {
  const { items } = await api.corrections({ limit: 5000 });
  root.append(h('h2', {}, t('Corrections')), h('p', { class: 'meta' }, t('Every correction, newest first. The engine\'s own output stays as it was; the views, charts and exports show it corrected.')));
  if (!items.length) {
    root.append(h('p', { class: 'empty' }, t('No corrections yet.')));
    return;
  }
  root.append(h('div', { class: 'table-wrap' }, h('table', { class: 'data corrections' },
    h('thead', {}, h('tr', {}, [t('when'), t('who'), t('kind'), t('about'), t('change'), t('value'), t('note')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, items.map((c) => h('tr', {},
      h('td', {}, fmtTime(c.createdAt)), h('td', {}, c.author), h('td', {}, t(c.kind === 'actor-merge' && c.articleId ? 'actor-split' : c.kind)),
      h('td', {}, c.kind === 'event' && c.articleId
        ? h('a', { href: `#/article/${encodeURIComponent(c.articleId)}?event=${encodeURIComponent(c.eventId ?? '')}` }, `${c.articleId} / ${c.eventId}`)
        : c.articleId ? [c.name ?? '', ` ${t('in')} `, h('a', { href: `#/article/${encodeURIComponent(c.articleId)}` }, c.articleId)]
          : c.name ?? ''),
      h('td', {}, c.field ? t(c.field) : ''), h('td', {}, c.value ?? '—'), h('td', {}, c.note ?? '')))))));
};

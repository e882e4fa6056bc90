/**
 * The header's export links: JSONL, CSV and PLOVER downloads from /api/export, carrying the
 * current view's event filters (dyad, type, status, dates, actor, text, minimum confidence), so a
 * download holds what the page shows.
 *
 * @example
 * exportLinks('events', new URLSearchParams('a=USA&b=CHN&type=CONSULT'));
 */
import { h, replace } from './dom.js';
import { t } from './i18n.js';

/** The export filter parameters of a view's hash query. */
export function exportFilters(view: string, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (view !== 'events' && view !== 'relations') return out;
  const a = params.get('a') ?? '', b = params.get('b') ?? '';
  if (a || b) {
    out.set('source', a || b);
    if (a && b) out.set('target', b);
    out.set('either', '1');
  }
  for (const k of ['type', 'status', 'from', 'to', 'actor', 'q', 'minConf']) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

/** Renders the links for the current view. */
export function exportLinks(view: string, params: URLSearchParams): void {
  const el = document.getElementById('exports');
  if (!el) return;
  const f = exportFilters(view, params);
  const link = (format: string, label: string) => {
    const sp = new URLSearchParams(f);
    sp.set('format', format);
    return h('a', { id: `export-${format}`, href: `/api/export?${sp}`, download: true }, label);
  };
  replace(el, `${t('Export:')} `, link('jsonl', 'JSONL'), ' ', link('csv', 'CSV'), ' ', link('plover', 'PLOVER'),
    f.toString() ? h('span', { class: 'filtered', title: f.toString() }, ` (${t('filtered')})`) : null);
}

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
import { confFraction } from './confidence.js';

/**
 * The export filter parameters of a view's hash query (and path: the country of #/country/CHN):
 * Events and Relations (pair, type, status, dates, actor, words), the Map (type, place), an
 * actor's page (actor), Search (words), a country's page (either side); the minimum confidence
 * (`minConf` percent → `min_confidence`) everywhere.
 */
export function exportFilters(view: string, params: URLSearchParams, rest = ''): URLSearchParams {
  const out = new URLSearchParams();
  const copy = (keys: string[]) => {
    for (const k of keys) {
      const v = params.get(k);
      if (v) out.set(k, v);
    }
  };
  if (view === 'events' || view === 'relations') {
    const a = params.get('a') ?? '', b = params.get('b') ?? '';
    if (a || b) {
      out.set('source', a || b);
      if (a && b) out.set('target', b);
      out.set('either', '1');
    }
    copy(['type', 'status', 'from', 'to', 'actor', 'q']);
  } else if (view === 'map') copy(['type', 'place']);
  else if (view === 'actors') {
    const name = params.get('name');
    if (name) out.set('actor', name);
  } else if (view === 'search') copy(['q']);
  else if (view === 'country' && /^[A-Z]{3}$/i.test(rest)) {
    out.set('source', rest.toUpperCase());
    out.set('either', '1');
  } else return out;
  const f = confFraction(params.get('minConf'));
  if (f) out.set('min_confidence', String(f));
  return out;
}

/** Renders the links for the current view. */
export function exportLinks(view: string, params: URLSearchParams, rest = ''): void {
  const el = document.getElementById('exports');
  if (!el) return;
  const f = exportFilters(view, params, rest);
  const link = (format: string, label: string) => {
    const sp = new URLSearchParams(f);
    sp.set('format', format);
    return h('a', { id: `export-${format}`, href: `/api/export?${sp}`, download: true }, label);
  };
  replace(el, `${t('Export:')} `, link('jsonl', 'JSONL'), ' ', link('csv', 'CSV'), ' ', link('plover', 'PLOVER'),
    f.toString() ? h('span', { class: 'filtered', title: f.toString() }, ` (${t('filtered')})`) : null);
}

/**
 * The dashboard's entry: a hash router (#/relations, #/events?..., #/article/ID, #/actors,
 * #/quotes, #/map, #/search, #/corrections, #/add) that mounts one view at a time into
 * <main id="view">; an unknown route shows a not-found view. The header holds the navigation,
 * the search box, the exports (following the current view's filters) and the language switch
 * (de/en, remembered). Every view sets the page title.
 *
 * @example
 * location.hash = '#/events?source=USA&target=CHN';
 */
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { refreshStats } from './stats.js';
import type { View } from './view.js';
import { h, replace } from './dom.js';
import { lang, setLang, t, type UiLang } from './i18n.js';
import { actorsView } from './views/actors.js';
import { addView } from './views/add.js';
import { articleView } from './views/article.js';
import { articlesView } from './views/articles.js';
import { eventsView } from './views/events.js';
import { leversView } from './views/levers.js';
import { mapView } from './views/map.js';
import { quotesView } from './views/quotes.js';
import { relationsView } from './views/relations.js';
import { correctionsView } from './views/corrections.js';
import { searchView } from './views/search.js';
import { countryView } from './views/country.js';
import { navigate } from './view.js';
import { exportLinks } from './exports.js';

const VIEWS: Record<string, { label: string; view: View; hidden?: boolean }> = {
  relations: { label: 'Relations', view: relationsView },
  events: { label: 'Events', view: eventsView },
  articles: { label: 'Articles', view: articlesView },
  article: { label: 'Article', view: articleView, hidden: true },
  actors: { label: 'Actors', view: actorsView },
  country: { label: 'Country', view: countryView, hidden: true },
  quotes: { label: 'Quotes', view: quotesView },
  map: { label: 'Map', view: mapView },
  levers: { label: 'Levers', view: leversView },
  search: { label: 'Search', view: searchView },
  corrections: { label: 'Corrections', view: correctionsView },
  add: { label: 'Add article', view: addView },
};

/** The view for an address that names none. */
const notFound: View = async (root) => {
  root.append(h('h2', {}, t('Page not found')), h('p', {}, t('This address shows no view of Lagebild.')),
    h('p', {}, h('a', { href: '#/relations' }, t('Go to Relations'))));
};

const root = document.getElementById('view') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
/** The navigation being rendered; a newer one aborts it, so its render writes neither the URL nor data-ready. */
let navigation = new AbortController();

function parseHash(): { name: string; rest: string; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const [name = '', ...rest] = path.split('/');
  let decoded = '';
  try {
    decoded = rest.map(decodeURIComponent).join('/');
  } catch {
    decoded = rest.join('/');
  }
  return { name: name || 'relations', rest: decoded, params: new URLSearchParams(query) };
}

async function route(): Promise<void> {
  const { name, rest, params } = parseHash();
  const entry = VIEWS[name];
  for (const a of nav.querySelectorAll('a')) {
    a.classList.toggle('active', a.dataset.view === name);
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  navigation.abort();
  const mine = (navigation = new AbortController()).signal;
  // data-ready names the view of the CURRENT navigation once it has rendered, never an earlier one
  delete document.body.dataset.ready;
  const shown = entry ? name : 'not-found';
  const container = h('section', { class: `view view-${shown}`, 'data-view': shown });
  replace(root, container);
  document.body.dataset.view = shown;
  document.title = `${entry ? t(entry.label) : t('Not found')} · Lagebild`;
  exportLinks(shown, params, rest);
  try {
    await (entry ? entry.view : notFound)(container, params, rest, mine);
  } catch (err) {
    if (mine.aborted) return;
    container.append(h('p', { class: 'error', role: 'alert' }, `${t('Could not load')}: ${(err as Error).message}`));
  }
  if (!mine.aborted) {
    const h2 = container.querySelector('h2');
    if (h2 && (name === 'article' || name === 'country')) document.title = `${h2.textContent} · Lagebild`;
    document.body.dataset.ready = shown;
  }
}

function header(): void {
  document.documentElement.lang = lang();
  nav.setAttribute('aria-label', t('Views'));
  replace(nav, Object.entries(VIEWS).filter(([, v]) => !v.hidden).map(([key, v]) => h('a', { href: `#/${key}`, 'data-view': key }, t(v.label))));
  const form = document.getElementById('top-search') as HTMLFormElement;
  const input = h('input', { type: 'search', name: 'q', id: 'top-q', placeholder: t('Search'), 'aria-label': t('Search events, quotes and articles') });
  replace(form, input);
  form.onsubmit = (ev) => {
    ev.preventDefault();
    if (input.value.trim()) navigate('search', { q: input.value.trim() });
  };
  const sel = h('select', { id: 'lang', 'aria-label': t('Language') },
    h('option', { value: 'de', selected: lang() === 'de', lang: 'de' }, 'Deutsch'),
    h('option', { value: 'en', selected: lang() === 'en', lang: 'en' }, 'English'));
  sel.addEventListener('change', () => {
    setLang(sel.value as UiLang);
    header();
    void refreshStats();
    void route();
  });
  replace(document.getElementById('lang-switch') as HTMLElement, sel);
  const skip = document.querySelector<HTMLAnchorElement>('a.skip');
  if (skip) {
    skip.textContent = t('Skip to content');
    skip.onclick = (ev) => {
      ev.preventDefault(); // the hash is the router's
      root.focus();
    };
  }
}

header();
window.addEventListener('hashchange', () => void route());
window.addEventListener('lagebild:refresh', () => void route());
window.addEventListener('lagebild:state', () => {
  const { name, rest, params } = parseHash();
  exportLinks(VIEWS[name] ? name : 'not-found', params, rest);
});
void refreshStats();
void route();

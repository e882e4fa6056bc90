/**
 * The dashboard's entry: a hash router (#/relations, #/events?..., #/article/ID, #/actors,
 * #/quotes, #/map, #/add) that mounts one view at a time into <main id="view">.
 *
 * @example
 * location.hash = '#/events?source=USA&target=CHN';
 */
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { refreshStats } from './stats.js';
import type { View } from './view.js';
import { h, replace } from './dom.js';
import { actorsView } from './views/actors.js';
import { addView } from './views/add.js';
import { articleView } from './views/article.js';
import { articlesView } from './views/articles.js';
import { eventsView } from './views/events.js';
import { mapView } from './views/map.js';
import { quotesView } from './views/quotes.js';
import { relationsView } from './views/relations.js';
import { correctionsView } from './views/corrections.js';

const VIEWS: Record<string, { label: string; view: View; hidden?: boolean }> = {
  relations: { label: 'Relations', view: relationsView },
  events: { label: 'Events', view: eventsView },
  articles: { label: 'Articles', view: articlesView },
  article: { label: 'Article', view: articleView, hidden: true },
  actors: { label: 'Actors', view: actorsView },
  quotes: { label: 'Quotes', view: quotesView },
  map: { label: 'Map', view: mapView },
  corrections: { label: 'Corrections', view: correctionsView },
  add: { label: 'Add article', view: addView },
};

const root = document.getElementById('view') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
let generation = 0;

function parseHash(): { name: string; rest: string; params: URLSearchParams } {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const [name = '', ...rest] = path.split('/');
  return { name: name || 'relations', rest: rest.map(decodeURIComponent).join('/'), params: new URLSearchParams(query) };
}

async function route(): Promise<void> {
  const { name, rest, params } = parseHash();
  const entry = VIEWS[name] ?? VIEWS.relations;
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.dataset.view === name);
  const mine = ++generation;
  const container = h('section', { class: `view view-${name}`, 'data-view': name });
  replace(root, container);
  document.body.dataset.view = name;
  try {
    await entry.view(container, params, rest);
  } catch (err) {
    if (mine !== generation) return;
    container.append(h('p', { class: 'error' }, `Could not load: ${(err as Error).message}`));
  }
  if (mine === generation) document.body.dataset.ready = name;
}

for (const [key, v] of Object.entries(VIEWS)) {
  if (!v.hidden) nav.append(h('a', { href: `#/${key}`, 'data-view': key }, v.label));
}
window.addEventListener('hashchange', () => void route());
window.addEventListener('lagebild:refresh', () => void route());
void refreshStats();
void route();

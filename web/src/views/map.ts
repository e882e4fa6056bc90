/**
 * Map: where events took place, as circles on a world map drawn from world-atlas (Natural Earth
 * 1:110m, bundled) with d3-geo; countries taking part in events are shaded. No tiles, no network.
 * Clicking a place lists its events.
 *
 * @example
 * location.hash = '#/map?type=CONSULT';
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api } from '../api.js';
import { field, h, replace, select, svg } from '../dom.js';
import { eventCard } from '../event-card.js';
import { EVENT_TYPES, numericOf } from '../labels.js';
import { setHashQuery, type View } from '../view.js';

const W = 960;
const H = 500;
let countriesGeo: FeatureCollection<Geometry, { name: string }> | null = null;

function geo(): FeatureCollection<Geometry, { name: string }> {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (countriesGeo ??= feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>);
}

/** The Map view. */
export const mapView: View = async (root, params) => {
  const type = select('type', [['', 'any'], ...EVENT_TYPES.map((t): [string, string] => [t, t])], (params.get('type') ?? '').toUpperCase());
  const stage = h('div', { class: 'map-wrap' });
  const panel = h('div', { class: 'place-events', id: 'place-events' });
  const note = h('p', { class: 'count' });
  root.append(h('h2', {}, 'Map of event places'), h('form', { class: 'filters' }, field('Type', type)), note, stage, panel);

  const draw = async () => {
    setHashQuery('map', { type: type.value });
    // Aggregated by the server over all events (not a page of events counted here).
    const { places, countries } = await api.places({ type: type.value });
    const shade = new Map<string, number>();
    for (const { country, count } of countries) {
      const id = numericOf(country);
      if (id) shade.set(id, count);
    }
    const maxShade = Math.max(1, ...shade.values());
    const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
    const path = geoPath(projection);
    const map = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'world', role: 'img', id: 'world-map' });
    map.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
    for (const f of geo().features) {
      const n = shade.get(String(f.id));
      const p = svg('path', { d: path(f) ?? '', class: n ? 'country involved' : 'country' });
      if (n) p.setAttribute('fill-opacity', String(0.25 + (0.6 * n) / maxShade));
      const t = svg('title');
      t.textContent = `${f.properties?.name ?? ''}${n ? `: ${n} events` : ''}`;
      p.append(t);
      map.append(p);
    }
    const maxN = Math.max(1, ...places.map((p) => p.count));
    for (const { name, lat, lon, count } of places) {
      const xy = projection([lon, lat]);
      if (!xy) continue;
      const c = svg('circle', { cx: xy[0], cy: xy[1], r: 4 + (8 * count) / maxN, class: 'place', tabindex: 0, 'data-place': name });
      const t = svg('title');
      const label = `${name}: ${count} event${count === 1 ? '' : 's'}`;
      t.textContent = label;
      c.append(t);
      // The place's events are fetched when it is opened (newest 200), not with the map.
      const open = async () => {
        const { items } = await api.events({ type: type.value, place: name, limit: 200 });
        const here = items.filter((e) => e.place && e.place.lat === lat && e.place.lon === lon);
        replace(panel, h('h3', {}, label), here.map((e) => eventCard(e)));
      };
      c.addEventListener('click', () => void open());
      c.addEventListener('keydown', (ev) => { if ((ev as KeyboardEvent).key === 'Enter') void open(); });
      map.append(c);
    }
    const placed = places.reduce((s, p) => s + p.count, 0);
    replace(note, `${placed} events have a place; ${places.length} places. Shaded: states taking part in events.`);
    replace(stage, map);
    replace(panel);
  };
  type.addEventListener('change', () => void draw());
  await draw();
};

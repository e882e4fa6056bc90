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
import { alpha3OfNumeric, countryName, EVENT_TYPES, numericOf } from '../labels.js';
import { setHashQuery, type View } from '../view.js';
import { t } from '../i18n.js';
import { confidenceInput, confQuery } from '../confidence.js';

const W = 960;
const H = 500;
let countriesGeo: FeatureCollection<Geometry, { name: string }> | null = null;

function geo(): FeatureCollection<Geometry, { name: string }> {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (countriesGeo ??= feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>);
}

/**
 * Zoom (wheel, pinch-free buttons, `zoomby` events) and pan (drag with mouse or finger) of the
 * map's layer; circles keep their screen size so places stay tappable when zoomed in.
 */
function zoomable(map: SVGSVGElement, layer: SVGGElement): void {
  let k = 1, tx = 0, ty = 0;
  const apply = () => {
    layer.setAttribute('transform', `translate(${tx},${ty}) scale(${k})`);
    for (const c of layer.querySelectorAll<SVGCircleElement>('circle.place')) {
      c.setAttribute('r', String(Number(c.dataset.r ?? (c.dataset.r = c.getAttribute('r') ?? '6')) / Math.sqrt(k)));
    }
  };
  const zoomAt = (f: number, cx = W / 2, cy = H / 2) => {
    const nk = Math.max(1, Math.min(12, k * f));
    tx = cx - ((cx - tx) * nk) / k;
    ty = cy - ((cy - ty) * nk) / k;
    k = nk;
    if (k === 1) tx = ty = 0;
    apply();
  };
  map.addEventListener('zoomby', (ev) => {
    const f = (ev as CustomEvent<number>).detail;
    if (f === 0) { k = 1; tx = ty = 0; apply(); } else zoomAt(f);
  });
  map.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const r = map.getBoundingClientRect();
    zoomAt(ev.deltaY < 0 ? 1.25 : 0.8, ((ev.clientX - r.left) / r.width) * W, ((ev.clientY - r.top) / r.height) * H);
  }, { passive: false });
  let drag: { x: number; y: number; tx: number; ty: number } | null = null;
  map.addEventListener('pointerdown', (ev) => {
    if ((ev.target as Element).classList.contains('place')) return;
    drag = { x: ev.clientX, y: ev.clientY, tx, ty };
  });
  map.addEventListener('pointermove', (ev) => {
    if (!drag || k === 1) return;
    const r = map.getBoundingClientRect();
    tx = drag.tx + ((ev.clientX - drag.x) / r.width) * W;
    ty = drag.ty + ((ev.clientY - drag.y) / r.height) * H;
    apply();
  });
  for (const e of ['pointerup', 'pointerleave', 'pointercancel']) map.addEventListener(e, () => { drag = null; });
}

/** A country's name for the shading's tooltip: the UI language's, else the atlas's English name. */
function countryTitle(numeric: string, fallback: string): string {
  const iso3 = alpha3OfNumeric(numeric);
  return iso3 ? countryName(iso3) : fallback;
}

/** What the colours mean (circles: places; shading: states taking part). */
function legend(): HTMLElement {
  return h('p', { class: 'map-legend meta' },
    h('span', { class: 'sw-place', 'aria-hidden': 'true' }), ` ${t('place of events (size: number of events)')} `,
    h('span', { class: 'sw-state', 'aria-hidden': 'true' }), ` ${t('state taking part in events (darker: more)')}`);
}

/** The Map view. */
export const mapView: View = async (root, params, _rest, signal) => {
  const type = select('type', [['', t('any')], ...EVENT_TYPES.map((x): [string, string] => [x, x])], (params.get('type') ?? '').toUpperCase());
  const minConf = confidenceInput(params);
  const stage = h('div', { class: 'map-wrap' });
  const panel = h('div', { class: 'place-events', id: 'place-events' });
  const note = h('p', { class: 'count' });
  const form = h('form', { class: 'filters', id: 'map-filters' }, field(t('Type'), type), field(t('min. confidence %'), minConf),
    h('button', { type: 'submit' }, t('Filter')));
  root.append(h('h2', {}, t('Map of event places')), form, note, stage, panel, legend());

  const draw = async () => {
    // Aggregated by the server over all events (not a page of events counted here).
    const { places, countries } = await api.places({ type: type.value, ...confQuery(minConf.value) });
    const shade = new Map<string, number>();
    for (const { country, count } of countries) {
      const id = numericOf(country);
      if (id) shade.set(id, count);
    }
    const maxShade = Math.max(1, ...shade.values());
    const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
    const path = geoPath(projection);
    const map = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'world', role: 'group', id: 'world-map', 'aria-label': t('World map of event places') });
    const layer = svg('g', { class: 'zoom-layer' });
    map.append(layer);
    layer.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
    for (const f of geo().features) {
      const n = shade.get(String(f.id));
      const p = svg('path', { d: path(f) ?? '', class: n ? 'country involved' : 'country' });
      if (n) p.setAttribute('fill-opacity', String(0.25 + (0.6 * n) / maxShade));
      const tt = svg('title');
      tt.textContent = `${countryTitle(String(f.id), f.properties?.name ?? '')}${n ? `: ${t('{n} events', { n })}` : ''}`;
      p.append(tt);
      layer.append(p);
    }
    const maxN = Math.max(1, ...places.map((p) => p.count));
    // places at the same point (Beijing and Peking before a merge) are spread on a small ring so each can be opened
    const taken = new Map<string, number>();
    const selected = params.get('place');
    let toOpen: (() => Promise<void>) | null = null;
    for (const { name, lat, lon, count } of places) {
      const xy = projection([lon, lat]);
      if (!xy) continue;
      const key = `${Math.round(xy[0])},${Math.round(xy[1])}`;
      const k = taken.get(key) ?? 0;
      taken.set(key, k + 1);
      const [x, y] = k ? [xy[0] + 9 * Math.cos(k * 2.1), xy[1] + 9 * Math.sin(k * 2.1)] : xy;
      const label = `${name}: ${count === 1 ? t('1 event') : t('{n} events', { n: count })}`;
      const c = svg('circle', { cx: x, cy: y, r: 4 + (8 * count) / maxN, class: 'place', tabindex: 0, role: 'button', 'data-place': name, 'aria-label': label });
      const tt = svg('title');
      tt.textContent = label;
      c.append(tt);
      // The place's events are fetched when it is opened (newest 200), not with the map.
      const open = async () => {
        setHashQuery('map', { type: type.value, minConf: minConf.value, place: name }, signal);
        const { items } = await api.events({ type: type.value, place: name, limit: 200, ...confQuery(minConf.value) });
        const here = items.filter((e) => e.place && e.place.lat === lat && e.place.lon === lon);
        replace(panel, h('h3', {}, label), here.map((e) => eventCard(e)));
      };
      c.addEventListener('click', () => void open());
      c.addEventListener('keydown', (ev) => { const k = (ev as KeyboardEvent).key; if (k === 'Enter' || k === ' ') { ev.preventDefault(); void open(); } });
      layer.append(c);
      if (name === selected && !toOpen) toOpen = open;
    }
    zoomable(map, layer);
    const placed = places.reduce((s, p) => s + p.count, 0);
    replace(note, t('{n} events have a place; {p} places. Shaded: states taking part in events.', { n: placed, p: places.length }));
    replace(stage, map, h('div', { class: 'zoom-buttons' },
      h('button', { type: 'button', class: 'secondary', id: 'zoom-in', 'aria-label': t('zoom in'), onclick: () => map.dispatchEvent(new CustomEvent('zoomby', { detail: 1.6 })) }, '+'),
      h('button', { type: 'button', class: 'secondary', id: 'zoom-out', 'aria-label': t('zoom out'), onclick: () => map.dispatchEvent(new CustomEvent('zoomby', { detail: 1 / 1.6 })) }, '−'),
      h('button', { type: 'button', class: 'secondary', id: 'zoom-reset', onclick: () => map.dispatchEvent(new CustomEvent('zoomby', { detail: 0 })) }, t('whole world'))));
    replace(panel);
    if (toOpen) await (toOpen as () => Promise<void>)();
  };
  const redraw = () => { setHashQuery('map', { type: type.value, minConf: minConf.value }, signal); void draw(); };
  type.addEventListener('change', redraw);
  form.addEventListener('submit', (ev) => { ev.preventDefault(); redraw(); });
  await draw();
};

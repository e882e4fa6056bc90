/**
 * Relations: two states, their weekly PLOVER score (sum and mean) and event counts by quad class
 * (asserted solid, planned dashed). Clicking a point (or a week row) lists that week's events
 * with their evidence sentences: chart → evidence in one click, → article in two.
 *
 * @example
 * location.hash = '#/relations?a=USA&b=CHN';
 */
import uPlot from 'uplot';
import type { WeekPoint } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { h, replace, select, field } from '../dom.js';
import { eventCard } from '../event-card.js';
import { countryLabel, countryName, QUADS, toSeconds } from '../labels.js';
import { addDays, eventDay, nearestWithEvents, weeklyGrid } from '../weeks.js';
import { setHashQuery, type View } from '../view.js';

function chartWidth(el: HTMLElement): number {
  return Math.max(320, Math.min(1100, (el.clientWidth || 900) - 8));
}

function gridWeeks(grid: (WeekPoint | null)[], first: string): number[] {
  return grid.map((p, i) => toSeconds(p?.week ?? addDays(first, 7 * i)));
}

function onClick(u: uPlot, onPick: (i: number) => void): void {
  u.over.addEventListener('click', () => {
    if (u.cursor.idx != null) onPick(u.cursor.idx);
  });
}

function scoreChart(el: HTMLElement, grid: (WeekPoint | null)[], first: string, onPick: (i: number) => void): uPlot {
  const data: uPlot.AlignedData = [gridWeeks(grid, first), grid.map((p) => p?.scoreSum ?? null), grid.map((p) => p?.scoreMean ?? null)];
  const u = new uPlot({
    title: 'PLOVER score per week (asserted and planned events)', width: chartWidth(el), height: 240,
    scales: { x: { time: true }, mean: { range: [-10, 10] } },
    series: [
      { label: 'week' },
      { label: 'score sum', stroke: '#3b4cc0', width: 2, points: { show: true, size: 9 } },
      { label: 'score mean', stroke: '#b40426', width: 2, dash: [4, 3], scale: 'mean', points: { show: true, size: 7 } },
    ],
    axes: [{}, { label: 'sum', size: 60 }, { scale: 'mean', side: 1, label: 'mean', size: 60, grid: { show: false } }],
  }, data, el);
  onClick(u, onPick);
  return u;
}

function quadChart(el: HTMLElement, grid: (WeekPoint | null)[], first: string, onPick: (i: number) => void): uPlot {
  const series: uPlot.Series[] = [{ label: 'week' }];
  const data: (number | null)[][] = [gridWeeks(grid, first)];
  for (const q of QUADS) {
    series.push({ label: `${q.label} (asserted)`, stroke: q.color, width: 2, points: { show: true, size: 8 } });
    data.push(grid.map((p) => p?.quad[q.key]?.asserted ?? 0));
    series.push({ label: `${q.label} (planned)`, stroke: q.color, width: 1.5, dash: [6, 4], points: { show: true, size: 6, fill: '#fff' } });
    data.push(grid.map((p) => p?.quad[q.key]?.planned ?? 0));
  }
  const u = new uPlot({
    title: 'Events per week by quad class — solid: asserted, dashed: planned', width: chartWidth(el), height: 260,
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max + 0.5)] } },
    // The empty right axis keeps both charts' x positions aligned.
    series, axes: [{}, { label: 'events', size: 60 }, { side: 1, size: 60, values: () => [], grid: { show: false } }],
  }, data as uPlot.AlignedData, el);
  onClick(u, onPick);
  return u;
}

/** The Relations view. */
export const relationsView: View = async (root, params) => {
  const dyads = (await api.dyads(200)).items;
  root.append(h('h2', {}, 'Relations between two states'));
  if (!dyads.length) {
    root.append(h('p', { class: 'empty' }, 'No events between two states yet. Add articles (Add article) or run `lagebild ingest`.'));
    return;
  }
  const codes = [...new Set(dyads.flatMap((d) => [d.a, d.b]))].sort();
  const a0 = (params.get('a') ?? dyads[0].a).toUpperCase();
  const b0 = (params.get('b') ?? dyads[0].b).toUpperCase();
  const opts = (c: string[]) => c.map((x): [string, string] => [x, countryLabel(x)]);
  const selA = select('a', opts(codes.includes(a0) ? codes : [a0, ...codes]), a0);
  const selB = select('b', opts(codes.includes(b0) ? codes : [b0, ...codes]), b0);
  const pairs = h('div', { class: 'pairs' }, 'Busiest pairs: ', dyads.slice(0, 8).map((d) =>
    h('a', { href: `#/relations?a=${d.a}&b=${d.b}`, class: 'pair' }, `${d.a}–${d.b} (${d.count})`)));
  const charts = h('div', { class: 'charts' });
  const weeks = h('div', { class: 'weeks' });
  const weekPanel = h('div', { class: 'week-events', id: 'week-events' });
  root.append(h('form', { class: 'filters', onsubmit: (ev: Event) => ev.preventDefault() }, field('State A', selA), field('State B', selB)), pairs, charts, weeks, weekPanel);

  let plots: uPlot[] = [];
  const draw = async () => {
    const a = selA.value;
    const b = selB.value;
    setHashQuery('relations', { a, b });
    for (const p of plots) p.destroy();
    plots = [];
    replace(weekPanel);
    if (a === b) {
      replace(charts, h('p', { class: 'empty' }, 'Choose two different states.'));
      replace(weeks);
      return;
    }
    const rel = await api.relation(a, b);
    const pts = rel.points;
    replace(charts);
    if (!pts.length) {
      charts.append(h('p', { class: 'empty' }, `No dated events between ${countryName(a)} and ${countryName(b)}.`));
      replace(weeks);
      return;
    }
    const grid = weeklyGrid(pts);
    const pick = (i: number) => {
      const j = nearestWithEvents(grid, i);
      if (j >= 0) void showWeek(grid[j]!);
    };
    const c1 = h('div', { class: 'chart', id: 'chart-score' });
    const c2 = h('div', { class: 'chart', id: 'chart-quad' });
    charts.append(c1, c2);
    plots = [scoreChart(c1, grid, pts[0].week, pick), quadChart(c2, grid, pts[0].week, pick)];
    replace(weeks, h('table', { class: 'week-table' },
      h('thead', {}, h('tr', {}, h('th', {}, 'week of'), h('th', {}, 'events'), h('th', {}, 'score sum'), h('th', {}, 'mean'))),
      h('tbody', {}, pts.map((p) => h('tr', { class: 'week-row', tabindex: 0, 'data-week': p.week, onclick: () => void showWeek(p), onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') void showWeek(p); } },
        h('td', {}, p.week), h('td', {}, p.count), h('td', {}, p.scoreSum.toFixed(1)), h('td', {}, p.scoreMean.toFixed(2)))))));

    async function showWeek(p: WeekPoint): Promise<void> {
      const end = addDays(p.week, 6);
      // The store files an event under its own day, else the article's: the same day the weekly series uses.
      const rows = (await api.events({ source: a, target: b, either: 1, from: p.week, to: end, limit: 2000 })).items;
      const list = rows.filter((e) => {
        const d = eventDay(e);
        return d !== null && d >= p.week && d <= end;
      }).sort((x, y) => (eventDay(x) ?? '').localeCompare(eventDay(y) ?? ''));
      for (const tr of weeks.querySelectorAll('tr.week-row')) tr.classList.toggle('selected', (tr as HTMLElement).dataset.week === p.week);
      replace(weekPanel,
        h('h3', {}, `Week of ${p.week} – ${end}: ${list.length} event${list.length === 1 ? '' : 's'} (score sum ${p.scoreSum.toFixed(1)})`),
        list.length ? list.map((e) => eventCard(e)) : h('p', { class: 'empty' }, 'No event rows found for this week.'),
        h('a', { href: `#/events?a=${a}&b=${b}&from=${p.week}&to=${end}` }, 'open in the Events view →'));
      weekPanel.scrollIntoView({ block: 'nearest' });
    }
  };
  selA.addEventListener('change', () => void draw());
  selB.addEventListener('change', () => void draw());
  await draw();
};

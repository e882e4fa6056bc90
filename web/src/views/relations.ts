/**
 * Relations: two states, their PLOVER score (sum and mean) and event counts by quad class
 * (asserted solid, planned dashed, undated grey) per day, week or month; one direction (A→B,
 * B→A) or both; a date range (and drag-to-zoom on the chart, which sets the range); events per
 * 100 articles; other pairs compared in one chart. Clicking a point (or a row of the table, or
 * Enter on the focused chart after moving with the arrow keys) lists that period's events with
 * their evidence. Every setting, and the selected period, is in the URL.
 *
 * @example
 * location.hash = '#/relations?a=USA&b=CHN&unit=month&dir=ab&from=2025-01-01&week=2025-09-01';
 */
import uPlot from 'uplot';
import type { WeekPoint } from '../../../src/server/api-types.js';
import { api } from '../api.js';
import { field, h, replace, select } from '../dom.js';
import { eventCard } from '../event-card.js';
import { countryLabel, countryName, QUADS, toSeconds } from '../labels.js';
import { addDays, eventDay, nearestWithEvents } from '../weeks.js';
import { setHashQuery, type View } from '../view.js';
import { chartDateNames, fmtDate, fmtNum, lang, t } from '../i18n.js';
import { chartDownloads } from '../chart-export.js';
import { dateField, dateInput, dayValue, setDay } from '../date-input.js';
import { confidenceInput, confQuery } from '../confidence.js';

type Unit = 'day' | 'week' | 'month';

function chartWidth(el: HTMLElement): number {
  return Math.max(280, Math.min(1100, (el.clientWidth || document.documentElement.clientWidth - 40 || 900) - 8));
}

/** Last day of the bucket starting at `start`. */
export function bucketEnd(start: string, unit: Unit): string {
  if (unit === 'day') return start;
  if (unit === 'week') return addDays(start, 6);
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

function nextBucket(start: string, unit: Unit): string {
  return unit === 'day' ? addDays(start, 1) : unit === 'week' ? addDays(start, 7) : addDays(bucketEnd(start, 'month'), 1);
}

/** Points on a gap-free grid of buckets (empty buckets null), at most 1,500 buckets. */
function grid(pts: WeekPoint[], unit: Unit): { x: string[]; p: (WeekPoint | null)[] } {
  if (!pts.length) return { x: [], p: [] };
  const by = new Map(pts.map((p) => [p.week, p]));
  const x: string[] = [];
  const out: (WeekPoint | null)[] = [];
  const last = pts[pts.length - 1].week;
  for (let w = pts[0].week; w <= last && x.length < 1500; w = nextBucket(w, unit)) {
    x.push(w);
    out.push(by.get(w) ?? null);
  }
  return x.length >= 1500 ? { x: pts.map((p) => p.week), p: pts } : { x, p: out };
}

function unitLabel(unit: Unit): string {
  return t(unit === 'day' ? 'day' : unit === 'week' ? 'week of' : 'month');
}

/** The point's value: per 100 articles when asked and the bucket has articles. */
function per100(v: number, p: WeekPoint | null, norm: boolean): number | null {
  if (!p) return norm ? null : 0;
  if (!norm) return v;
  return p.articles ? Math.round((v * 10000) / p.articles) / 100 : null;
}

/**
 * The time axis's tick labels in the UI language (uPlot writes US month/day such as 8/11): day and
 * month (11.8. / 11 Aug), with the year where it changes; month and year for spans over a year.
 */
function xAxis(): uPlot.Axis {
  return {
    values: (_u, splits) => {
      const loc = lang() === 'de' ? 'de-DE' : 'en-GB';
      const long = splits.length > 1 && splits[splits.length - 1] - splits[0] > 400 * 86_400;
      let year = '';
      return splits.map((x) => {
        const d = new Date(x * 1000);
        const y = String(d.getUTCFullYear());
        const label = new Intl.DateTimeFormat(loc, long ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: lang() === 'de' ? 'numeric' : 'short', timeZone: 'UTC' }).format(d);
        const out = !long && y !== year ? `${label}\n${y}` : label;
        year = y;
        return out;
      });
    },
  };
}

function baseOpts(title: string, el: HTMLElement, height: number): Partial<uPlot.Options> {
  const names = chartDateNames();
  return {
    title, width: chartWidth(el), height,
    ...(names ? { fmtDate: (tpl: string) => uPlot.fmtDate(tpl, names) } : {}),
    cursor: { drag: { x: true, y: false } },
    legend: { live: true },
  };
}

/** Draws a chart; arrow keys move the cursor over the points, Enter opens the point. */
function chart(el: HTMLElement, opts: uPlot.Options, data: uPlot.AlignedData, onPick: (i: number) => void, onZoom: (from: string, to: string) => void): uPlot {
  const u = new uPlot({
    ...opts,
    hooks: {
      setSelect: [(pl) => {
        if (pl.select.width < 5) return;
        const a = pl.posToVal(pl.select.left, 'x'), b = pl.posToVal(pl.select.left + pl.select.width, 'x');
        onZoom(new Date(a * 1000).toISOString().slice(0, 10), new Date(b * 1000).toISOString().slice(0, 10));
      }],
    },
  }, data, el);
  u.over.addEventListener('click', () => {
    if (u.cursor.idx != null) onPick(u.cursor.idx);
  });
  el.tabIndex = 0;
  let idx = -1;
  el.addEventListener('keydown', (ev) => {
    const n = u.data[0].length;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
      idx = Math.max(0, Math.min(n - 1, idx + (ev.key === 'ArrowRight' ? 1 : -1)));
      u.setCursor({ left: u.valToPos(u.data[0][idx], 'x'), top: u.over.clientHeight / 2 });
      ev.preventDefault();
    } else if ((ev.key === 'Enter' || ev.key === ' ') && idx >= 0) {
      onPick(idx);
      ev.preventDefault();
    }
  });
  return u;
}

/** The Relations view. */
export const relationsView: View = async (root, params, _rest, signal) => {
  const conf = confQuery(params.get('minConf'));
  const dyads = (await api.dyads(200, conf)).items;
  root.append(h('h2', {}, t('Relations between two states')));
  if (!dyads.length) {
    root.append(h('p', { class: 'empty' }, t('No events between two states yet. Add articles (Add article) or run `lagebild ingest`.')));
    return;
  }
  const codes = [...new Set(dyads.flatMap((d) => [d.a, d.b]))].sort();
  const v = (k: string, d = '') => params.get(k) ?? d;
  const a0 = v('a', dyads[0].a).toUpperCase();
  const b0 = v('b', dyads[0].b).toUpperCase();
  const opts = (c: string[]) => c.map((x): [string, string] => [x, countryLabel(x)]);
  const selA = select('a', opts(codes.includes(a0) ? codes : [a0, ...codes]), a0);
  const selB = select('b', opts(codes.includes(b0) ? codes : [b0, ...codes]), b0);
  const unitSel = select('unit', [['week', t('week')], ['day', t('day')], ['month', t('month')]], v('unit', 'week'));
  const dirSel = select('dir', [['both', t('both directions')], ['ab', 'A → B'], ['ba', 'B → A']], v('dir', 'both'));
  const from = dateInput('from', v('from'));
  const to = dateInput('to', v('to'));
  const minConf = confidenceInput(params);
  const norm = h('input', { type: 'checkbox', name: 'norm', checked: v('norm') === '1' });
  const cmp = new Set(v('cmp').split(',').filter((x) => /^[A-Z]{3}-[A-Z]{3}$/.test(x)));
  const state = (extra: Record<string, string> = {}) => ({
    a: selA.value, b: selB.value, unit: unitSel.value === 'week' ? '' : unitSel.value, dir: dirSel.value === 'both' ? '' : dirSel.value,
    from: dayValue(from), to: dayValue(to), norm: norm.checked ? '1' : '', cmp: [...cmp].join(','), minConf: minConf.value, week: '', ...extra,
  });
  const go = (extra: Record<string, string> = {}) => {
    setHashQuery('relations', state(extra), signal);
    window.dispatchEvent(new Event('lagebild:refresh'));
  };
  const compareBox = h('fieldset', { class: 'compare' }, h('legend', {}, t('Compare with')),
    dyads.slice(0, 9).filter((d) => !(d.a === a0 && d.b === b0) && !(d.a === b0 && d.b === a0)).slice(0, 8).map((d) => {
      const key = `${d.a}-${d.b}`;
      const box = h('input', { type: 'checkbox', name: 'cmp', value: key, checked: cmp.has(key) });
      box.addEventListener('change', () => {
        if (box.checked) cmp.add(key);
        else cmp.delete(key);
        go();
      });
      return h('label', { class: 'cmp-pair' }, box, ` ${d.a}–${d.b} (${d.count})`);
    }));
  const form = h('form', { class: 'filters', id: 'relation-filters' },
    field(t('State A'), selA), field(t('State B'), selB), field(t('Direction'), dirSel), field(t('Per'), unitSel),
    dateField(t('From'), from), dateField(t('To'), to), field(t('min. confidence %'), minConf), h('label', { class: 'check' }, norm, ` ${t('events per 100 articles')}`),
    h('button', { type: 'submit' }, t('Show')),
    v('from') || v('to') ? h('button', { type: 'button', class: 'secondary', id: 'reset-zoom', onclick: () => { setDay(from, ''); setDay(to, ''); go(); } }, t('Whole period')) : null);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    go();
  });
  for (const el of [selA, selB, unitSel, dirSel, norm]) el.addEventListener('change', () => go());
  const a = selA.value, b = selB.value;
  const mc = minConf.value ? `&minConf=${encodeURIComponent(minConf.value)}` : '';
  const mcOnly = minConf.value ? `?minConf=${encodeURIComponent(minConf.value)}` : '';
  const pairs = h('p', { class: 'pairs' }, `${t('Busiest pairs')}: `, dyads.slice(0, 8).map((d) =>
    h('a', { href: `#/relations?a=${d.a}&b=${d.b}${mc}`, class: 'pair' }, `${d.a}–${d.b} (${d.count})`)),
  ' · ', h('a', { href: `#/country/${a}${mcOnly}` }, `${t('Country page')}: ${countryName(a)}`), ' · ', h('a', { href: `#/country/${b}${mcOnly}` }, countryName(b)));
  const charts = h('div', { class: 'charts' });
  const weeks = h('div', { class: 'weeks table-wrap' });
  const weekPanel = h('div', { class: 'week-events', id: 'week-events' });
  root.append(form, compareBox, pairs, charts, weeks, weekPanel);
  if (a === b) {
    charts.append(h('p', { class: 'empty' }, t('Choose two different states.')));
    return;
  }
  const unit = (unitSel.value || 'week') as Unit;
  const isNorm = norm.checked;
  const q = { unit, direction: dirSel.value, from: dayValue(from), to: dayValue(to), norm: isNorm ? 1 : undefined, ...conf };
  const rel = await api.relation(a, b, q);
  const pts = rel.points;
  if (!pts.length) {
    charts.append(h('p', { class: 'empty' }, t('No dated events between {a} and {b}.', { a: countryName(a), b: countryName(b) })));
    return;
  }
  // events of the pair filed on no day (background facts, undated plans) are not charted: said apart
  const background = rel.undated ? h('p', { class: 'meta background-note', id: 'background-note' },
    t('{n} further events of this pair have no day of their own (background facts, plans without a date) and are not in the charts.', { n: rel.undated }), ' ',
    h('a', { href: `#/events?a=${a}&b=${b}${mc}` }, t('all events of the pair →'))) : null;
  if (background) charts.append(background);
  const g = grid(pts, unit);
  const xs = g.x.map(toSeconds);
  const pick = (i: number) => {
    const j = nearestWithEvents(g.p, i);
    if (j >= 0) go({ week: g.p[j]!.week });
  };
  const zoom = (f: string, tt: string) => {
    setDay(from, f);
    setDay(to, tt);
    go();
  };
  const xSeries: uPlot.Series = { label: unitLabel(unit), value: (_u, x) => (x == null ? '' : fmtDate(new Date(x * 1000).toISOString().slice(0, 10))) };
  const suffix = isNorm ? ` (${t('per 100 articles')})` : '';
  const dirLabel = dirSel.value === 'ab' ? `${a} → ${b}` : dirSel.value === 'ba' ? `${b} → ${a}` : `${a} ↔ ${b}`;
  const c1 = h('div', { class: 'chart', id: 'chart-score', role: 'group', 'aria-label': t('Score chart; the table below lists the same values') });
  const c2 = h('div', { class: 'chart', id: 'chart-quad', role: 'group', 'aria-label': t('Events chart; the table below lists the same values') });
  charts.append(c1, c2);
  const title1 = `${dirLabel}: ${t('PLOVER score (asserted and planned events)')}`;
  const u1 = chart(c1, {
    ...baseOpts(title1, c1, 240),
    scales: { x: { time: true }, mean: { range: [-10, 10] } },
    series: [xSeries,
      { label: t('score sum') + suffix, stroke: '#3b4cc0', width: 2, points: { show: true, size: 9 }, value: (_u, y) => (y == null ? '–' : fmtNum(y)) },
      { label: t('score mean'), stroke: '#b40426', width: 2, dash: [4, 3], scale: 'mean', points: { show: true, size: 7 }, value: (_u, y) => (y == null ? '–' : fmtNum(y)) }],
    axes: [xAxis(), { label: t('sum'), size: 60 }, { scale: 'mean', side: 1, label: t('mean'), size: 60, grid: { show: false } }],
  } as uPlot.Options, [xs, g.p.map((p) => (p ? per100(p.scoreSum, p, isNorm) : null)), g.p.map((p) => p?.scoreMean ?? null)], pick, zoom);
  const qSeries: uPlot.Series[] = [xSeries];
  const qData: (number | null)[][] = [xs];
  for (const qd of QUADS) {
    qSeries.push({ label: `${t(qd.label)} (${t('asserted')})${suffix}`, stroke: qd.color, width: 2, points: { show: true, size: 8 } });
    qData.push(g.p.map((p) => per100(p?.quad[qd.key]?.asserted ?? 0, p, isNorm)));
    qSeries.push({ label: `${t(qd.label)} (${t('planned')})${suffix}`, stroke: qd.color, width: 1.5, dash: [6, 4], points: { show: true, size: 6, fill: '#fff' } });
    qData.push(g.p.map((p) => per100(p?.quad[qd.key]?.planned ?? 0, p, isNorm)));
  }
  qSeries.push({ label: `${t('without own date (article date)')}${suffix}`, stroke: '#888', width: 1, dash: [2, 3], points: { show: true, size: 5 } });
  qData.push(g.p.map((p) => per100(p?.undated ?? 0, p, isNorm)));
  const title2 = `${dirLabel}: ${t('events by quad class — solid: asserted, dashed: planned, grey: without own date')}`;
  const u2 = chart(c2, {
    ...baseOpts(title2, c2, 260),
    scales: { x: { time: true }, y: { range: (_u: uPlot, _min: number, max: number) => [0, Math.max(1, max + 0.5)] } },
    series: qSeries, axes: [xAxis(), { label: t('events') + suffix, size: 60 }, { side: 1, size: 60, values: () => [], grid: { show: false } }],
  } as uPlot.Options, qData as uPlot.AlignedData, pick, zoom);
  c1.append(chartDownloads(`lagebild-${a}-${b}-score-${unit}`, u1, title1));
  c2.append(chartDownloads(`lagebild-${a}-${b}-events-${unit}`, u2, title2));
  const plots = [u1, u2];

  // other pairs, compared by their score sum (or events per 100 articles)
  if (cmp.size) {
    const others = await Promise.all([...cmp].map(async (key) => {
      const [x, y] = key.split('-');
      return { key, pts: (await api.relation(x, y, q)).points };
    }));
    const all = [{ key: `${a}-${b}`, pts }, ...others];
    const days = [...new Set(all.flatMap((o) => o.pts.map((p) => p.week)))].sort();
    const c3 = h('div', { class: 'chart', id: 'chart-compare', role: 'group', 'aria-label': t('Comparison chart') });
    charts.append(c3);
    const palette = ['#3b4cc0', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#666'];
    const title3 = `${t('Pairs compared: events')}${suffix}`;
    const u3 = chart(c3, {
      ...baseOpts(title3, c3, 240), scales: { x: { time: true } }, axes: [xAxis(), {}],
      series: [xSeries, ...all.map((o, i) => ({ label: o.key.replace('-', '–'), stroke: palette[i % palette.length], width: 2, points: { show: true, size: 6 } }))],
    } as uPlot.Options, [days.map(toSeconds), ...all.map((o) => {
      const by = new Map(o.pts.map((p) => [p.week, p]));
      return days.map((d) => { const p = by.get(d); return p ? per100(p.count, p, isNorm) : 0; });
    })] as uPlot.AlignedData, () => {}, zoom);
    c3.append(chartDownloads(`lagebild-compare-${unit}`, u3, title3));
    plots.push(u3);
  }
  const onResize = () => { for (const p of plots) p.setSize({ width: chartWidth(charts), height: p.height }); };
  window.addEventListener('resize', onResize);

  // the text alternative of the charts: the same values as a table; its rows open their period
  const sel = v('week');
  replace(weeks, h('table', { class: 'week-table' },
    h('caption', {}, t('The charts\' values, one row per period with events (Enter opens the period)')),
    h('thead', {}, h('tr', {}, [unitLabel(unit), t('events'), t('without own date'), t('score sum'), t('mean'), isNorm ? t('articles') : null]
      .filter(Boolean).map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, pts.map((p) => {
      const open = () => go({ week: p.week });
      return h('tr', {
        class: `week-row${p.week === sel ? ' selected' : ''}`, tabindex: 0, 'data-week': p.week, onclick: open,
        onkeydown: (ev: Event) => { const k = (ev as KeyboardEvent).key; if (k === 'Enter' || k === ' ') { ev.preventDefault(); open(); } },
      }, h('th', { scope: 'row' }, fmtDate(p.week)), h('td', {}, fmtNum(p.count)), h('td', {}, fmtNum(p.undated ?? 0)),
      h('td', {}, fmtNum(p.scoreSum, 1)), h('td', {}, fmtNum(p.scoreMean)), isNorm ? h('td', {}, fmtNum(p.articles ?? 0)) : null);
    }))));

  if (sel) {
    const p = pts.find((x) => x.week === sel);
    if (p) await showPeriod(p);
  }

  async function showPeriod(p: WeekPoint): Promise<void> {
    const end = bucketEnd(p.week, unit);
    const q2: Record<string, string | number> = { from: p.week, to: end, limit: 2000, ...conf };
    if (dirSel.value === 'ab') Object.assign(q2, { source: a, target: b });
    else if (dirSel.value === 'ba') Object.assign(q2, { source: b, target: a });
    else Object.assign(q2, { source: a, target: b, either: 1 });
    const rows = (await api.events(q2)).items;
    // The store files an event under its own day, else the article's: the same day the series uses.
    const list = rows.filter((e) => {
      const d = eventDay(e);
      return d !== null && d >= p.week && d <= end;
    }).sort((x, y) => (eventDay(x) ?? '').localeCompare(eventDay(y) ?? ''));
    replace(weekPanel,
      h('h3', {}, `${fmtDate(p.week)} – ${fmtDate(end)}: ${t('{n} events', { n: list.length })} (${t('score sum')} ${fmtNum(p.scoreSum, 1)})`),
      list.length ? list.map((e) => eventCard(e)) : h('p', { class: 'empty' }, t('No event rows found for this period.')),
      h('a', { href: `#/events?a=${a}&b=${b}&from=${p.week}&to=${end}${mc}` }, t('open in the Events view →')));
    weekPanel.scrollIntoView({ block: 'nearest' });
  }
};

/**
 * Downloads of a chart: PNG (the uPlot canvas), SVG (the same series redrawn as lines) and CSV
 * (the series, one row per point). Built in the browser; nothing goes to the server.
 *
 * @example
 * box.append(chartDownloads('relation-USA-CHN', u, ['week', 'score sum', 'score mean']));
 */
import type uPlot from 'uplot';
import { h } from './dom.js';
import { t } from './i18n.js';

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The series as CSV: the x column as YYYY-MM-DD, then one column per series. */
export function seriesCsv(u: uPlot): string {
  const head = u.series.map((s, i) => (i === 0 ? 'date' : String(s.label ?? `series ${i}`)));
  const cols = u.data.map((d) => Array.from(d as ArrayLike<number | null | undefined>));
  const rows: (string | number)[][] = cols[0].map((x, j) => [new Date(Number(x) * 1000).toISOString().slice(0, 10), ...cols.slice(1).map((d) => d[j] ?? '')]);
  const cell = (v: unknown) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The series redrawn as an SVG line chart (axes' extremes as labels). */
export function seriesSvg(u: uPlot, title: string): string {
  const W = 900, H = 300, P = 40;
  const cols = u.data.map((d) => Array.from(d as ArrayLike<number | null | undefined>).map((v) => (v == null ? null : Number(v))));
  const xs = cols[0].map(Number);
  const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1);
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const lines: string[] = [];
  u.series.forEach((s, i) => {
    if (i === 0) return;
    const ys = cols[i];
    const vals = ys.filter((v): v is number => v !== null);
    if (!vals.length) return;
    const y0 = Math.min(0, ...vals), y1 = Math.max(1, ...vals);
    const pts = ys.map((v, j) => (v === null ? null : `${P + ((xs[j] - x0) / (x1 - x0)) * (W - 2 * P)},${H - P - ((v - y0) / (y1 - y0)) * (H - 2 * P)}`))
      .filter(Boolean).join(' ');
    const stroke = typeof s.stroke === 'string' ? s.stroke : '#333';
    lines.push(`<polyline fill="none" stroke="${esc(stroke)}" stroke-width="2" points="${pts}"><title>${esc(String(s.label ?? ''))}</title></polyline>`);
  });
  const day = (x: number) => new Date(x * 1000).toISOString().slice(0, 10);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<title>${esc(title)}</title><rect width="100%" height="100%" fill="#fff"/>
<text x="${P}" y="20">${esc(title)}</text><text x="${P}" y="${H - 10}">${day(x0)}</text><text x="${W - P}" y="${H - 10}" text-anchor="end">${day(x1)}</text>
<line x1="${P}" y1="${H - P}" x2="${W - P}" y2="${H - P}" stroke="#999"/>
${lines.join('\n')}
</svg>
`;
}

/** Buttons: PNG, SVG, CSV of the chart `u`. */
export function chartDownloads(name: string, u: uPlot, title: string): HTMLElement {
  return h('div', { class: 'chart-downloads' }, `${t('Download')}: `,
    h('button', { type: 'button', class: 'secondary dl-png', onclick: () => u.ctx.canvas.toBlob((b) => b && save(`${name}.png`, b)) }, 'PNG'), ' ',
    h('button', { type: 'button', class: 'secondary dl-svg', onclick: () => save(`${name}.svg`, new Blob([seriesSvg(u, title)], { type: 'image/svg+xml' })) }, 'SVG'), ' ',
    h('button', { type: 'button', class: 'secondary dl-csv', onclick: () => save(`${name}.csv`, new Blob([seriesCsv(u)], { type: 'text/csv' })) }, 'CSV'));
}

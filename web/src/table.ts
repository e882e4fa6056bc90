/**
 * A sortable, paged table: a click (or Enter/Space) on a column header sorts by it (again:
 * reverse), `aria-sort` says how; "previous"/"next" page through `pageSize` rows. Cells are
 * text or nodes built with dom.ts (never HTML strings).
 *
 * @example
 * root.append(dataTable('actors', [{ label: 'name', value: (a) => a.name }], rows));
 */
import { h, replace } from './dom.js';
import { fmtNum, t } from './i18n.js';

export interface Column<T> {
  label: string;
  /** the sort key */
  value(row: T): string | number;
  /** the cell (default: value, numbers formatted) */
  cell?(row: T): Node | string;
  numeric?: boolean;
}

/** The table in a horizontally scrollable wrapper. */
export function dataTable<T>(cls: string, cols: Column<T>[], rows: T[], opts: { pageSize?: number; caption?: string } = {}): HTMLElement {
  const size = opts.pageSize ?? 50;
  let sortBy = -1;
  let dir = 1;
  let page = 0;
  const table = h('table', { class: `data ${cls}` });
  const nav = h('div', { class: 'pager' });
  const wrap = h('div', { class: 'table-wrap' }, table, nav);
  const render = () => {
    const sorted = sortBy < 0 ? rows : [...rows].sort((x, y) => {
      const a = cols[sortBy].value(x), b = cols[sortBy].value(y);
      return (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))) * dir;
    });
    const pages = Math.max(1, Math.ceil(sorted.length / size));
    page = Math.min(page, pages - 1);
    const shown = sorted.slice(page * size, page * size + size);
    replace(table,
      opts.caption ? h('caption', {}, opts.caption) : null,
      h('thead', {}, h('tr', {}, cols.map((c, i) => h('th', { scope: 'col', 'aria-sort': i === sortBy ? (dir > 0 ? 'ascending' : 'descending') : null },
        h('button', { type: 'button', class: 'sort', onclick: () => { dir = sortBy === i ? -dir : c.numeric ? -1 : 1; sortBy = i; page = 0; render(); } },
          c.label, i === sortBy ? (dir > 0 ? ' ▲' : ' ▼') : ''))))),
      h('tbody', {}, shown.map((r) => h('tr', {}, cols.map((c) => h('td', { class: c.numeric ? 'num' : null },
        c.cell ? c.cell(r) : typeof c.value(r) === 'number' ? fmtNum(c.value(r) as number) : String(c.value(r))))))));
    replace(nav, pages > 1 ? [
      h('button', { type: 'button', class: 'secondary prev', disabled: page === 0, onclick: () => { page--; render(); } }, t('previous')),
      ` ${t('page {p} of {n}', { p: page + 1, n: pages })} `,
      h('button', { type: 'button', class: 'secondary next', disabled: page >= pages - 1, onclick: () => { page++; render(); } }, t('next')),
    ] : []);
  };
  render();
  return wrap;
}

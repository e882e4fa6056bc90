/**
 * Renders a text with overlapping marked spans: the text is cut at every span boundary and each
 * piece becomes a text node inside <span>s carrying the classes of the spans covering it.
 * Text only ever enters through text nodes.
 *
 * @example
 * highlight('Merz traf Macron.', [{ start: 0, end: 4, cls: 'src' }, { start: 5, end: 9, cls: 'trigger' }]);
 */
import { h } from './dom.js';

export interface Mark {
  start: number;
  end: number;
  /** class(es) for the piece, e.g. "l-mention t-PER" */
  cls: string;
  /** tooltip */
  title?: string;
  /** data-* attributes */
  data?: Record<string, string>;
}

/** A fragment with `text` and its marks (offsets relative to text). */
export function highlight(text: string, marks: Mark[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: marks sorted by start, active set per piece; O((n + k) log n) for n marks.
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Mark[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    active = active.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    const piece = text.slice(a, b);
    if (!active.length) {
      frag.append(document.createTextNode(piece));
      continue;
    }
    const el = h('span', { class: active.map((m) => m.cls).join(' ') }, piece);
    const titles = active.map((m) => m.title).filter(Boolean);
    if (titles.length) el.title = titles.join('\n');
    for (const m of active) for (const [k, v] of Object.entries(m.data ?? {})) el.dataset[k] = v;
    frag.append(el);
  }
  return frag;
}

/**
 * Marks for every occurrence of each of `names` in `text`, and of a multi-word name's last word
 * alone ("Trump" for "Donald Trump"), as whole words only.
 */
export function nameMarks(text: string, names: string[], cls: string, title = cls === 'hl-source' ? 'source' : 'target'): Mark[] {
  const out: Mark[] = [];
  const forms = new Set<string>();
  for (const n of names) {
    if (!n || n.length < 2) continue;
    forms.add(n);
    const words = n.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && last.length >= 2 && /^\p{Lu}/u.test(last)) forms.add(last);
  }
  const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const f of forms) {
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) {
      if (isLetter(text[i - 1]) || isLetter(text[i + f.length])) continue;
      out.push({ start: i, end: i + f.length, cls, title });
    }
  }
  return out;
}

/**
 * Article view: the text with its analysis layers (mentions, quotes and speakers, event
 * triggers, dates, amounts), each toggled by a checkbox; the lists of actors, quotes and events
 * beside it. #/article/ID?event=e3 marks and scrolls to that event's evidence.
 *
 * @example
 * location.hash = '#/article/sample-10-usa-china-summit?event=e1';
 */
import type { EventRow } from '../../../src/server/api-types.js';
import type { Result } from '../../../src/contract/schema.js';
import { api } from '../api.js';
import { h } from '../dom.js';
import { eventCard } from '../event-card.js';
import { highlight, type Mark } from '../highlight.js';
import type { View } from '../view.js';
import { fmtDate, fmtNum, t } from '../i18n.js';
import { field } from '../dom.js';
import { confidenceInput, passes } from '../confidence.js';
import { setHashQuery } from '../view.js';

const LAYERS = [
  { key: 'mentions', label: 'mentions' },
  { key: 'quotes', label: 'quotes + speakers' },
  { key: 'events', label: 'events' },
  { key: 'dates', label: 'dates' },
  { key: 'amounts', label: 'amounts' },
] as const;

/** The marks of every layer of a result (CSS decides which are visible). */
export function layerMarks(r: Result, focusEvent: string | null): Mark[] {
  const actor = new Map(r.actors.map((a) => [a.id, a]));
  const marks: Mark[] = [];
  for (const m of r.mentions) {
    const a = m.actor ? actor.get(m.actor) : undefined;
    const info = a ? ` → ${a.name}${a.country ? ` (${a.country})` : ''}${a.role ? `, ${a.role}` : ''}` : '';
    marks.push({ start: m.start, end: m.end, cls: `l-mention t-${m.type}`, title: `${m.type}${info}` });
  }
  for (const q of r.quotes) {
    const who = q.speakerActor ? actor.get(q.speakerActor)?.name : q.speaker?.text;
    for (const s of q.spans) marks.push({ start: s.start, end: s.end, cls: `l-quote q-${q.type}`, title: `${t('quote')} (${t(q.type)})${who ? ` — ${who}` : ''}` });
    if (q.speaker) marks.push({ start: q.speaker.start, end: q.speaker.end, cls: 'l-speaker', title: t('speaker of {q}', { q: q.id }) });
    if (q.cue) marks.push({ start: q.cue.start, end: q.cue.end, cls: 'l-cue', title: t('quote cue ({q})', { q: q.id }) });
  }
  for (const e of r.events) {
    const focus = e.id === focusEvent;
    marks.push({ start: e.trigger.start, end: e.trigger.end, cls: `l-trigger${focus ? ' focus-trigger' : ''}`, title: `${e.type} (${t(e.status)}, ${fmtNum(e.score)})`, data: { event: e.id } });
    if (focus) marks.push({ start: e.evidence.start, end: e.evidence.end, cls: 'focus-evidence', title: t('evidence') });
  }
  for (const d of r.dates) marks.push({ start: d.start, end: d.end, cls: 'l-date', title: `${t('date')} ${fmtDate(d.value)}` });
  for (const a of r.amounts) {
    const v = Array.isArray(a.value) ? `${a.value[0]}–${a.value[1]}` : String(a.value);
    marks.push({ start: a.start, end: a.end, cls: 'l-amount', title: `${t('amount')} ${v}${a.unit ? ` ${a.unit}` : ''}` });
  }
  return marks;
}

/** The result's events as API rows (for the shared event cards). */
function rows(r: Result, articleId: string, articleDate: string | null): EventRow[] {
  const name = (id: string) => r.actors.find((a) => a.id === id)?.name ?? id;
  return r.events.map((e) => ({
    articleId, eventId: e.id, type: e.type, mode: e.mode, status: e.status, score: e.score, date: e.date, articleDate,
    sourceCountry: e.sourceCountry, targetCountry: e.targetCountry, sourceNames: e.source.map(name), targetNames: e.target.map(name),
    trigger: e.trigger, evidence: { ...e.evidence, text: r.text.slice(e.evidence.start, e.evidence.end) },
    place: e.place, quoteId: e.quote, sources: 1, ...(e.confidence === undefined ? {} : { confidence: e.confidence }),
  }));
}

/** The first line of the body that is not the photo header: a heading when the text has no title. */
export function firstLine(text: string): string | null {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l && !/^date \d{4}-\d{2}-\d{2}\b/.test(l));
  return line ? (line.length > 140 ? `${line.slice(0, 140)}…` : line) : null;
}

/** The Article view. */
export const articleView: View = async (root, params, id, signal) => {
  const { article } = await api.article(id);
  const r = article.result;
  const focus = params.get('event');
  root.append(
    h('h2', {}, article.title ?? r?.title ?? firstLine(article.text) ?? t('(untitled article)')),
    h('p', { class: 'meta' }, [article.date ? fmtDate(article.date) : t('undated'), article.lang ?? r?.lang ?? '?', `${t('status')} ${t(article.status)}`, article.source, `${t('id')} ${article.id}`].filter(Boolean).join(' · '),
      article.url && /^https?:\/\//.test(article.url) ? h('span', {}, ' · ', h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, t('source'))) : null),
  );
  if (article.error) root.append(h('p', { class: 'error' }, `${t('Analysis failed')}: ${article.error.message}`));
  const text = h('div', { class: 'article-text show-mentions show-quotes show-events show-dates show-amounts', id: 'article-text', lang: article.lang ?? r?.lang ?? null });
  // the photo header line ("date … credit … caption") is shown as a caption with its credit, not as text
  const headerEnd = r?.header && /^\s*date \d{4}-\d{2}-\d{2}\b/.test(r.text) ? r.text.indexOf('\n') : -1;
  const marks = r ? layerMarks(r, focus) : [];
  if (headerEnd > 0) marks.push({ start: 0, end: headerEnd, cls: 'l-header', title: t('photo header') });
  text.append(r ? highlight(r.text, marks) : document.createTextNode(article.text));
  if (r?.header && (r.header.caption || r.header.credit)) {
    root.append(h('figure', { class: 'photo-caption' }, h('figcaption', { lang: article.lang ?? r.lang ?? null },
      r.header.caption ?? '', r.header.credit ? h('span', { class: 'credit' }, ` — ${t('Photo')}: ${r.header.credit}`) : null,
      r.header.date ? h('span', { class: 'meta' }, ` (${fmtDate(r.header.date)})`) : null)));
  }
  const toggles = h('div', { class: 'layers' }, `${t('Layers')}: `, LAYERS.map((l) => {
    const box = h('input', { type: 'checkbox', checked: true, name: `layer-${l.key}` });
    box.addEventListener('change', () => text.classList.toggle(`show-${l.key}`, box.checked));
    return h('label', { class: `toggle layer-${l.key}` }, box, ' ', h('span', { class: `swatch sw-${l.key}`, 'aria-hidden': 'true' }), ` ${t(l.label)}`);
  }));
  // the minimum confidence (as in every view): events under it leave the list and the trigger layer
  const minConf = confidenceInput(params);
  const confForm = h('form', { class: 'filters inline', id: 'article-filters' }, field(t('min. confidence %'), minConf), h('button', { type: 'submit' }, t('Filter')));
  confForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    setHashQuery(`article/${encodeURIComponent(article.id)}`, { event: focus ?? '', minConf: minConf.value }, signal);
    window.dispatchEvent(new Event('lagebild:refresh'));
  });
  if (r) {
    const hidden = new Set(r.events.filter((e) => !passes(e.confidence, minConf.value)).map((e) => e.id));
    for (const el of text.querySelectorAll<HTMLElement>('.l-trigger[data-event]')) if (hidden.has(el.dataset.event ?? '')) el.classList.add('below-confidence');
  }
  root.append(toggles, confForm, h('div', { class: 'article-layout' }, text, r ? side(r, article.id, article.date, minConf.value) : null));
  if (focus) text.querySelector('.focus-trigger')?.scrollIntoView({ block: 'center' });
};

function side(r: Result, id: string, date: string | null, minConf: string): HTMLElement {
  const actor = new Map(r.actors.map((a) => [a.id, a]));
  const shown = rows(r, id, date).filter((e) => passes(e.confidence, minConf));
  const lang = r.lang ?? null;
  return h('aside', { class: 'article-side' },
    h('h3', {}, t('Events ({n})', { n: shown.length }) + (shown.length < r.events.length ? ` · ${t('{n} under the minimum confidence', { n: r.events.length - shown.length })}` : '')),
    shown.map((e) => eventCard(e, { lang })),
    h('h3', {}, t('Quotes ({n})', { n: r.quotes.length })),
    h('ul', { class: 'quotes' }, r.quotes.map((q) => h('li', {},
      h('span', { class: 'speaker' }, (q.speakerActor ? actor.get(q.speakerActor)?.name : q.speaker?.text) ?? t('unknown speaker')),
      ` (${t(q.type)}): `, h('q', { lang }, q.text)))),
    h('h3', {}, t('Actors ({n})', { n: r.actors.length })),
    h('ul', { class: 'actors' }, r.actors.map((a) => h('li', {},
      h('a', { href: `#/actors?name=${encodeURIComponent(a.name)}` }, a.name),
      ` ${a.type}${a.country ? ` · ${a.country}` : ''}${a.sector ? ` · ${a.sector}` : ''}${a.role ? ` · ${a.role}` : ''} · ${a.mentions.length}×`))),
    r.diagnostics.length ? h('details', {}, h('summary', {}, t('Diagnostics ({n})', { n: r.diagnostics.length })),
      h('ul', {}, r.diagnostics.map((d) => h('li', {}, `${d.stage}: ${d.message}`)))) : null,
  );
}

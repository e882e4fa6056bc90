/**
 * One event as a card: date, type, status, score, confidence (when the engine gives one), who →
 * whom, and the evidence sentence with the trigger, the source and the target highlighted; links
 * to the article view at that event. Analysts' corrections show as a badge (what, by whom, when);
 * an event flagged wrong is struck through. "Correct" opens the correction form (correct.ts).
 *
 * @example
 * list.append(eventCard(row));
 */
import type { EventRow } from '../../src/server/api-types.js';
import { h } from './dom.js';
import { highlight, nameMarks, type Mark } from './highlight.js';
import { countryName } from './labels.js';
import { eventCorrection } from './correct.js';
import { fmtDate, fmtNum, fmtTime, t } from './i18n.js';

/** The evidence sentence with trigger/source/target marks; `lang` is the article's language (given, or the row's). */
export function evidence(e: EventRow, lang?: string | null): HTMLElement {
  const text = e.evidence.text;
  const base = e.evidence.start;
  const marks: Mark[] = [
    ...nameMarks(text, e.sourceNames, 'hl-source', t('source')),
    ...nameMarks(text, e.targetNames, 'hl-target', t('target')),
    { start: e.trigger.start - base, end: e.trigger.end - base, cls: 'hl-trigger', title: `${t('trigger')}: ${e.type}` },
  ];
  return h('blockquote', { class: 'evidence', lang: lang ?? e.lang ?? null }, highlight(text, marks));
}

/** Asks the current view to render again (after a correction). */
export function refreshView(): void {
  window.dispatchEvent(new Event('lagebild:refresh'));
}

/** The engine's confidence of an event (0..1), when the result carries one. */
function confidenceOf(e: EventRow): number | null {
  const c = (e as EventRow & { confidence?: unknown }).confidence;
  return typeof c === 'number' && Number.isFinite(c) ? c : null;
}

/** A card for the event row. */
export function eventCard(e: EventRow, opts: { lang?: string | null; onCorrected?: () => void } = {}): HTMLElement {
  const when = e.date ? fmtDate(e.date) : e.articleDate ? `${fmtDate(e.articleDate)} ${t('(article)')}` : t('no date');
  const side = (names: string[], c: string | null) => `${names.join(', ') || '?'}${c ? ` (${c})` : ''}`;
  const conf = confidenceOf(e);
  const cls = `event status-${e.status}${e.flagged ? ' flagged' : ''}${e.corrected ? ' corrected' : ''}`;
  return h('article', { class: cls, 'data-event': `${e.articleId}/${e.eventId}` },
    h('div', { class: 'event-head' },
      h('span', { class: 'date' }, when),
      h('span', { class: `type t-${e.type}` }, e.type + (e.mode ? `/${e.mode}` : '')),
      h('span', { class: `status s-${e.status}` }, t(e.status)),
      h('span', { class: 'score', title: t('PLOVER score') }, e.score > 0 ? `+${fmtNum(e.score)}` : fmtNum(e.score)),
      conf !== null ? h('span', { class: 'confidence', title: t('confidence') }, `${t('confidence')} ${fmtNum(conf * 100, 0)} %`) : null,
      h('span', { class: 'dyad', title: `${countryName(e.sourceCountry)} → ${countryName(e.targetCountry)}` },
        h('span', { class: 'hl-source' }, side(e.sourceNames, e.sourceCountry)), ' → ',
        h('span', { class: 'hl-target' }, side(e.targetNames, e.targetCountry))),
      e.place ? h('span', { class: 'place' }, `@ ${e.place.name}`) : null,
      e.sources > 1 ? h('span', { class: 'sources', title: t('reported by near-duplicate articles') }, t('{n} sources', { n: e.sources })) : null,
      e.flagged ? h('span', { class: 'badge flag-badge' }, t('flagged as wrong')) : null,
      e.corrected && e.corrected.some((f) => f !== 'flag')
        ? h('span', { class: 'badge corrected-badge' }, `${t('corrected')}: ${e.corrected.filter((f) => f !== 'flag').map((f) => t(f)).join(', ')}`)
        : null,
      e.correctedBy ? h('span', { class: 'corrected-by' }, `${t('by')} ${e.correctedBy}, ${fmtTime(e.correctedAt ?? '')}`) : null,
    ),
    evidence(e, opts.lang),
    h('a', { class: 'to-article', href: `#/article/${encodeURIComponent(e.articleId)}?event=${encodeURIComponent(e.eventId)}` }, t('open article →')),
    eventCorrection(e, opts.onCorrected ?? refreshView),
  );
}

/**
 * One event as a card: date, type, status, score, who → whom, and the evidence sentence with the
 * trigger, the source and the target highlighted; links to the article view at that event.
 *
 * @example
 * list.append(eventCard(row));
 */
import type { EventRow } from '../../src/server/api-types.js';
import { h } from './dom.js';
import { highlight, nameMarks, type Mark } from './highlight.js';
import { countryName } from './labels.js';

/** The evidence sentence with trigger/source/target marks. */
export function evidence(e: EventRow): HTMLElement {
  const text = e.evidence.text;
  const base = e.evidence.start;
  const marks: Mark[] = [
    ...nameMarks(text, e.sourceNames, 'hl-source'),
    ...nameMarks(text, e.targetNames, 'hl-target'),
    { start: e.trigger.start - base, end: e.trigger.end - base, cls: 'hl-trigger', title: `trigger: ${e.type}` },
  ];
  return h('blockquote', { class: 'evidence' }, highlight(text, marks));
}

/** A card for the event row. */
export function eventCard(e: EventRow): HTMLElement {
  const when = e.date ?? (e.articleDate ? `${e.articleDate} (article)` : 'no date');
  const side = (names: string[], c: string | null) => `${names.join(', ') || '?'}${c ? ` (${c})` : ''}`;
  return h('article', { class: `event status-${e.status}`, 'data-event': `${e.articleId}/${e.eventId}` },
    h('div', { class: 'event-head' },
      h('span', { class: 'date' }, when),
      h('span', { class: `type t-${e.type}` }, e.type + (e.mode ? `/${e.mode}` : '')),
      h('span', { class: `status s-${e.status}` }, e.status),
      h('span', { class: 'score', title: 'PLOVER score' }, e.score > 0 ? `+${e.score}` : String(e.score)),
      h('span', { class: 'dyad', title: `${countryName(e.sourceCountry)} → ${countryName(e.targetCountry)}` },
        h('span', { class: 'hl-source' }, side(e.sourceNames, e.sourceCountry)), ' → ',
        h('span', { class: 'hl-target' }, side(e.targetNames, e.targetCountry))),
      e.place ? h('span', { class: 'place' }, `@ ${e.place.name}`) : null,
      e.sources > 1 ? h('span', { class: 'sources', title: 'reported by near-duplicate articles' }, `${e.sources} sources`) : null,
    ),
    evidence(e),
    h('a', { class: 'to-article', href: `#/article/${encodeURIComponent(e.articleId)}?event=${encodeURIComponent(e.eventId)}` }, 'open article →'),
  );
}

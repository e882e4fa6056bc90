/**
 * The analyst's correction forms: on an event card (flag it wrong, change type, status, date,
 * source or target state) and on an actor (merge into another name, take a merge back, add an
 * alias). Each sends one correction to POST /api/corrections with the author's name (remembered
 * in localStorage) and calls `done` so the view shows the corrected state.
 *
 * @example
 * card.append(eventCorrection(row, () => reload()));
 */
import type { EventRow } from '../../src/server/api-types.js';
import { api, ApiFailure } from './api.js';
import { field, h, replace, select } from './dom.js';
import { EVENT_TYPES, STATUSES } from './labels.js';
import { datePattern, dayForInput, fmtDate, parseDay, t } from './i18n.js';
import { articleTitle } from './titles.js';

const AUTHOR_KEY = 'lagebild-author';

/** The remembered author name. */
export function author(): string {
  return localStorage.getItem(AUTHOR_KEY) ?? '';
}

function authorInput(): HTMLInputElement {
  const el = h('input', { name: 'author', autocomplete: 'name', value: author(), required: true, size: 12 });
  el.addEventListener('change', () => localStorage.setItem(AUTHOR_KEY, el.value.trim()));
  return el;
}

async function send(body: Record<string, unknown>, status: HTMLElement, done: () => void): Promise<void> {
  status.textContent = t('Saving…');
  try {
    await api.addCorrection(body);
    status.textContent = t('Saved.');
    done();
  } catch (err) {
    status.textContent = err instanceof ApiFailure ? err.message : String(err);
    status.className = 'error';
  }
}

/** A disclosure "Correct" with the event's correction form. */
export function eventCorrection(e: EventRow, done: () => void): HTMLElement {
  const fieldSel = select('field', [
    ['flag', t('flag as wrong')], ['type', t('type')], ['status', t('status')], ['date', t('date')],
    ['source', t('source state (ISO3)')], ['target', t('target state (ISO3)')], ['unflag', t('take the flag back')],
  ]);
  const typeSel = select('value-type', EVENT_TYPES.map((x): [string, string] => [x, x]), e.type);
  const statusSel = select('value-status', STATUSES.map((x): [string, string] => [x, t(x)]), e.status);
  const text = h('input', { name: 'value', size: 10, placeholder: 'USA' });
  const note = h('input', { name: 'note', size: 18 });
  const who = authorInput();
  const status = h('span', { class: 'save-status', role: 'status' });
  const valueBox = h('span', { class: 'value-box' });
  const showValue = () => {
    const f = fieldSel.value;
    valueBox.replaceChildren(f === 'type' ? field(t('new value'), typeSel) : f === 'status' ? field(t('new value'), statusSel)
      : f === 'flag' || f === 'unflag' ? '' : field(t('new value'), text));
    text.placeholder = f === 'date' ? datePattern() : 'USA';
    if (f === 'date') text.value = dayForInput(e.date);
    if (f === 'source') text.value = e.sourceCountry ?? '';
    if (f === 'target') text.value = e.targetCountry ?? '';
  };
  fieldSel.addEventListener('change', showValue);
  showValue();
  const form = h('form', { class: 'correct-form' },
    field(t('change'), fieldSel), valueBox, field(t('note'), note), field(t('your name'), who),
    h('button', { type: 'submit' }, t('Save correction')), status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = fieldSel.value;
    // a date in the UI language's format (25.09.2025) is stored as ISO
    const typed = f === 'date' ? parseDay(text.value) ?? text.value.trim() : text.value.trim();
    const value = f === 'flag' ? 'wrong' : f === 'unflag' ? null : f === 'type' ? typeSel.value : f === 'status' ? statusSel.value : typed || null;
    localStorage.setItem(AUTHOR_KEY, who.value.trim());
    void send({
      kind: 'event', articleId: e.articleId, eventId: e.eventId, field: f === 'unflag' ? 'flag' : f, value,
      note: note.value.trim() || null, author: who.value.trim(),
    }, status, done);
  });
  return h('details', { class: 'correct' }, h('summary', {}, t('Correct')), form);
}

/**
 * The split form: a new actor's name, and which of the actor's articles (its mentions there) and
 * which names merged into it go to the new actor. Sent as one batch of corrections: a merge scoped
 * to each chosen article (`articleId`), a merge of each chosen name into the new one.
 */
function splitForm(name: string, who: HTMLInputElement, status: HTMLElement, done: () => void): HTMLElement {
  const newName = h('input', { name: 'new-name', size: 18, required: true });
  const choices = h('div', { class: 'split-choices' }, h('p', { class: 'meta' }, t('Loading…')));
  const form = h('form', { class: 'correct-form split-form' },
    field(t('new actor\'s name'), newName), choices, h('button', { type: 'submit' }, t('Split')));
  let loaded = false;
  const load = async () => {
    if (loaded) return;
    loaded = true;
    const d = await api.actor(name, { articles: 1 });
    const box = (kind: string, value: string, label: string, extra?: string) => h('label', { class: 'check split-choice' },
      h('input', { type: 'checkbox', name: kind, value }), ` ${label}`, extra ? h('span', { class: 'meta' }, ` ${extra}`) : null);
    replace(choices,
      h('fieldset', { class: 'split-articles' }, h('legend', {}, t('its mentions in these articles go to the new actor')),
        (d.articles ?? []).length ? (d.articles ?? []).map((a) => box('article', a.id, articleTitle(a), fmtDate(a.date))) : h('p', { class: 'empty' }, t('No articles.'))),
      d.merged?.length ? h('fieldset', { class: 'split-names' }, h('legend', {}, t('names merged into it that go to the new actor')),
        d.merged.map((n) => box('merged', n, n))) : null);
  };
  form.addEventListener('toggle-open', () => void load());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const to = newName.value.trim();
    const picked = (kind: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name=${kind}]:checked`)].map((b) => b.value);
    const arts = picked('article'), names = picked('merged');
    if (!to || to === name) {
      status.textContent = t('Give the new actor another name.');
      return;
    }
    if (!arts.length && !names.length) {
      status.textContent = t('Choose at least one article or name for the new actor.');
      return;
    }
    localStorage.setItem(AUTHOR_KEY, who.value.trim());
    void sendAll([
      ...arts.map((articleId) => ({ kind: 'actor-merge', name, articleId, value: to, author: who.value.trim(), note: t('split') })),
      ...names.map((n) => ({ kind: 'actor-merge', name: n, value: to, author: who.value.trim(), note: t('split') })),
    ], status, done);
  });
  return form;
}

async function sendAll(body: Record<string, unknown>[], status: HTMLElement, done: () => void): Promise<void> {
  status.textContent = t('Saving…');
  try {
    await api.addCorrections(body);
    status.textContent = t('Saved.');
    done();
  } catch (err) {
    status.textContent = err instanceof ApiFailure ? err.message : String(err);
    status.className = 'error';
  }
}

/** Merge, split and alias forms for an actor. */
export function actorCorrection(name: string, done: () => void): HTMLElement {
  const into = h('input', { name: 'into', size: 16 });
  const alias = h('input', { name: 'alias', size: 16 });
  const who = authorInput();
  const status = h('span', { class: 'save-status', role: 'status' });
  const mergeForm = h('form', { class: 'correct-form merge-form' },
    field(t('merge into (name)'), into), h('button', { type: 'submit' }, t('Merge')),
    h('button', { type: 'button', class: 'secondary', onclick: () => void send({ kind: 'actor-merge', name, value: null, author: who.value.trim() }, status, done) }, t('Take a merge back')));
  mergeForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void send({ kind: 'actor-merge', name, value: into.value.trim(), author: who.value.trim() }, status, done);
  });
  const aliasForm = h('form', { class: 'correct-form alias-form' }, field(t('other spelling'), alias), h('button', { type: 'submit' }, t('Add alias')));
  aliasForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void send({ kind: 'actor-alias', name, value: alias.value.trim(), author: who.value.trim() }, status, done);
  });
  const split = splitForm(name, who, status, done);
  const details = h('details', { class: 'correct actor-correct' }, h('summary', {}, t('Correct this actor')), field(t('your name'), who), mergeForm, aliasForm,
    h('h5', {}, t('Split into two actors')), split, status);
  details.addEventListener('toggle', () => { if (details.open) split.dispatchEvent(new Event('toggle-open')); });
  return details;
}

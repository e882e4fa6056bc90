/**
 * A date field in the UI language's format instead of the browser's own (an en-US Chromium shows
 * mm/dd/yyyy in <input type=date> whatever the page says): a text input that shows and accepts
 * 25.09.2025 in German and 2025-09-25 in English (ISO is accepted in both; YYYY and YYYY-MM stay
 * partial, as the API takes them), checked as it is typed (an invalid day blocks the form with a
 * message), and a button that opens the browser's calendar (a hidden native date input) for picking.
 * The URL state and the API always get ISO: read the value with `dayValue(input)`.
 *
 * @example
 * const from = dateInput('from', '2025-09-01'); form.append(field(t('From'), from));
 * dayValue(from); // '2025-09-01', shown as 01.09.2025 in German
 */
import { h, svg } from './dom.js';
import { datePattern, dayForInput, parseDay, t } from './i18n.js';

/** The ISO value of a date field ('' when empty or not a real day). */
export function dayValue(input: HTMLInputElement): string {
  return parseDay(input.value) ?? '';
}

/** Sets a date field from an ISO day. */
export function setDay(input: HTMLInputElement, iso: string): void {
  input.value = dayForInput(iso);
  input.setCustomValidity('');
}

/**
 * The date field: the returned element is the text input (name, value, validity) with the picker
 * button after it, both inside a `.date-input` span that `field()` labels through the input.
 */
export function dateInput(name: string, iso: string): HTMLInputElement {
  const input = h('input', {
    type: 'text', name, class: 'date-text', inputmode: 'numeric', autocomplete: 'off', size: 10, maxlength: 10,
    placeholder: datePattern(), value: dayForInput(iso), 'data-date': '1',
  });
  const check = () => {
    input.setCustomValidity(parseDay(input.value) === null ? t('Write the date as {p}.', { p: datePattern() }) : '');
  };
  input.addEventListener('input', check);
  input.addEventListener('change', () => {
    check();
    const d = parseDay(input.value);
    if (d) input.value = dayForInput(d); // normalised: 1.9.25 → 01.09.2025
  });
  return input;
}

/** A small calendar drawn in SVG (headless and minimal systems lack an emoji font). */
function calendarIcon(): SVGSVGElement {
  const icon = svg('svg', { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', focusable: 'false', class: 'cal-icon' },
    svg('rect', { x: 1.5, y: 3, width: 13, height: 11.5, rx: 1.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
    svg('line', { x1: 1.5, y1: 6.5, x2: 14.5, y2: 6.5, stroke: 'currentColor', 'stroke-width': 1.5 }),
    svg('line', { x1: 5, y1: 1, x2: 5, y2: 4.5, stroke: 'currentColor', 'stroke-width': 1.5 }),
    svg('line', { x1: 11, y1: 1, x2: 11, y2: 4.5, stroke: 'currentColor', 'stroke-width': 1.5 }),
    svg('rect', { x: 4, y: 9, width: 2.5, height: 2.5, fill: 'currentColor' }));
  return icon;
}

/** The picker button (and its hidden native input) for a date field, placed after it. */
export function datePicker(input: HTMLInputElement): HTMLElement {
  const native = h('input', { type: 'date', class: 'date-native', tabindex: -1, 'aria-label': t('calendar'), value: /^\d{4}-\d{2}-\d{2}$/.test(dayValue(input)) ? dayValue(input) : '' });
  native.addEventListener('change', () => {
    if (!native.value) return;
    setDay(input, native.value);
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const button = h('button', {
    type: 'button', class: 'secondary date-pick', 'aria-label': t('choose a date in the calendar'), title: t('choose a date in the calendar'),
    onclick: () => {
      const d = dayValue(input);
      native.value = /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '';
      try {
        native.showPicker();
      } catch {
        native.focus();
      }
    },
  }, calendarIcon());
  return h('span', { class: 'date-picker-box' }, button, native);
}

/** A labelled date field with its picker: what the filter forms use. */
export function dateField(label: string, input: HTMLInputElement): HTMLElement {
  return h('label', { class: 'field date-field' }, h('span', {}, label), h('span', { class: 'date-row' }, input, datePicker(input)));
}

/**
 * The minimum-confidence filter every view that shows or counts events offers: a percent field
 * (`minConf` in the view's URL), sent to the API as `min_confidence` (0..1). Events the engine
 * gave no confidence are kept, by the API as here.
 *
 * @example
 * const min = confidenceInput(params); form.append(field(t('min. confidence %'), min));
 * api.events({ ...confQuery(min.value) });
 */
import { h } from './dom.js';

/** The percent field, filled from the view's `minConf`. */
export function confidenceInput(params: URLSearchParams): HTMLInputElement {
  return h('input', { name: 'minConf', type: 'number', min: 0, max: 100, step: 5, size: 4, inputmode: 'numeric', value: params.get('minConf') ?? '' });
}

/** The fraction (0..1) of a percent value, or undefined when empty or not a number from 0 to 100. */
export function confFraction(percent: string | null | undefined): number | undefined {
  if (percent == null || percent.trim() === '') return undefined;
  const n = Number(percent);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? Math.round(n * 100) / 10000 : undefined;
}

/** `{ min_confidence }` for the API query (empty when no filter). */
export function confQuery(percent: string | null | undefined): { min_confidence?: number } {
  const f = confFraction(percent);
  return f === undefined || f === 0 ? {} : { min_confidence: f };
}

/** Does an event with this confidence pass (no confidence passes)? */
export function passes(confidence: number | undefined, percent: string | null | undefined): boolean {
  const f = confFraction(percent);
  return f === undefined || typeof confidence !== 'number' || confidence >= f;
}

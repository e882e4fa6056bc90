/**
 * Parsing of query parameters into typed, validated values. Anything malformed becomes an
 * HttpError(400) naming the parameter, so a bad query never reaches the store or crashes.
 *
 * @example
 * const p = new Params(new URLSearchParams('limit=20&source=usa'));
 * p.int('limit', 100, 1, 1000); // 20
 * p.country('source');          // 'USA'
 */
import { EVENT_STATUSES, PLOVER_TYPES } from '../contract/schema.js';
import { HttpError } from './http-util.js';
import { isPartialDay } from '../read/article.js';
import { cleanString } from '../read/clean-text.js';

const ISO3 = /^[A-Z]{3}$/;
/** Longest free-text parameter accepted; longer is a client error, not a search. */
const MAX_TEXT = 500;

/** Typed accessors over URLSearchParams; each throws HttpError(400) on a bad value. */
export class Params {
  constructor(private readonly sp: URLSearchParams) {}

  /** the raw value (no NUL, no lone surrogate: src/read/clean-text.ts), or undefined when absent or empty */
  raw(name: string): string | undefined {
    const got = this.sp.get(name);
    const v = got === null ? null : cleanString(got).value;
    return v === null || v.trim() === '' ? undefined : v.trim();
  }

  /** free text, at most 500 characters */
  text(name: string): string | undefined {
    const v = this.raw(name);
    if (v !== undefined && v.length > MAX_TEXT) throw new HttpError(400, `parameter "${name}" is too long`);
    return v;
  }

  /** an integer clamped to [min, max]; `fallback` when absent */
  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if (!/^-?\d+$/.test(v)) throw new HttpError(400, `parameter "${name}" must be an integer`);
    return Math.min(max, Math.max(min, Number(v)));
  }

  /** a number between min and max (a confidence: 0..1), or undefined when absent */
  fraction(name: string, min = 0, max = 1): number | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!/^\d+(\.\d+)?$/.test(v) || Number(v) < min || Number(v) > max) throw new HttpError(400, `parameter "${name}" must be a number from ${min} to ${max}`);
    return Number(v);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD naming a real month or day (the shared validator of src/read/article.ts) */
  date(name: string): string | undefined {
    const v = this.raw(name);
    if (v !== undefined && !isPartialDay(v)) {
      throw new HttpError(400, `parameter "${name}" must be a real date YYYY[-MM[-DD]], got "${v.slice(0, 20)}"`);
    }
    return v;
  }

  /** an ISO 3166-1 alpha-3 code, upper-cased */
  country(name: string): string | undefined {
    const v = this.raw(name)?.toUpperCase();
    if (v !== undefined && !ISO3.test(v)) throw new HttpError(400, `parameter "${name}" must be an ISO3 country code`);
    return v;
  }

  /** a PLOVER event type, upper-cased */
  eventType(name: string): string | undefined {
    const v = this.raw(name)?.toUpperCase();
    if (v !== undefined && !(PLOVER_TYPES as readonly string[]).includes(v)) {
      throw new HttpError(400, `parameter "${name}" must be one of ${PLOVER_TYPES.join(', ')}`);
    }
    return v;
  }

  /** an event status */
  status(name: string): string | undefined {
    const v = this.raw(name)?.toLowerCase();
    if (v !== undefined && !(EVENT_STATUSES as readonly string[]).includes(v)) {
      throw new HttpError(400, `parameter "${name}" must be one of ${EVENT_STATUSES.join(', ')}`);
    }
    return v;
  }

  /** true for 1/true/yes, false when absent */
  flag(name: string): boolean {
    const v = this.raw(name)?.toLowerCase();
    return v === '1' || v === 'true' || v === 'yes';
  }

  /** one of the allowed values (first is the default) */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const v = this.raw(name)?.toLowerCase();
    if (v === undefined) return allowed[0];
    if (!(allowed as readonly string[]).includes(v)) {
      throw new HttpError(400, `parameter "${name}" must be one of ${allowed.join(', ')}`);
    }
    return v as T;
  }
}

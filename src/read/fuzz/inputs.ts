/**
 * The inputs of the reader fuzz test: case `i` of seed `s` is always the same bytes. Each case
 * names the reader it is for (plain text, HTML, JSON, JSON Lines, or a bare header line), starts
 * from seed material (or from nothing but random characters) and is damaged at text and byte level.
 * Inputs stay within SMALL_CAP bytes, except one in LARGE_EVERY which may reach LARGE_CAP.
 *
 * @example
 * const c = fuzzCase(20261127, 0); // { index: 0, form: 'text', bytes: <Buffer ...>, big: false }
 */
import { prng, type Rng } from './prng.js';
import { hostileFragment, mutateBytes, mutateText, randomText } from './mutate.js';
import { HEADER_LINES, HTML_PAGE, JSON_ARTICLE, SENTENCES_DE, SENTENCES_EN } from './seeds.js';

/** The reader a case is meant for. */
export type Form = 'text' | 'html' | 'json' | 'jsonl' | 'header';

/** One fuzz input. */
export interface FuzzCase {
  index: number;
  form: Form;
  bytes: Buffer;
  /** one of the few large inputs */
  big: boolean;
}

/** Largest ordinary input in bytes. */
export const SMALL_CAP = 20 * 1024;
/** Largest of the few large inputs in bytes. */
export const LARGE_CAP = 256 * 1024;
/** One case in this many is a large one. */
export const LARGE_EVERY = 250;

const FORMS: readonly Form[] = ['text', 'text', 'html', 'json', 'jsonl', 'header'];

/** A few sentences of one language (sometimes both), in random order. */
function prose(r: Rng): string {
  const pool = r.chance(0.1) ? [...SENTENCES_DE, ...SENTENCES_EN] : r.chance(0.5) ? SENTENCES_DE : SENTENCES_EN;
  const out: string[] = [];
  for (let n = r.range(1, 10); n > 0; n--) out.push(r.pick(pool));
  return out.join(r.pick([' ', ' ', '\n', '\n\n']));
}

/** Plain text: prose, often under a photo header line. */
function textBase(r: Rng): string {
  const body = prose(r);
  return r.chance(0.5) ? `${r.pick(HEADER_LINES)}\n${body}` : body;
}

/** A field value of the right or wrong type for a JSON article. */
function oddValue(r: Rng): unknown {
  return r.pick<unknown>([null, 7, -0.5, true, [], {}, ['a'], '', 'de-DE', 'EN', 'fr', '2025-06-07T12:00:00Z', '2025-02-30', 'x'.repeat(50)]);
}

/** A JSON article object, with fields sometimes missing, of a wrong type, or mutated. */
function articleObject(r: Rng, big: boolean): unknown {
  if (r.chance(0.05)) return r.pick<unknown>([[], 42, 'text', null, [{ text: 'x' }]]);
  const o: Record<string, unknown> = { ...JSON_ARTICLE, text: mutateText(textBase(r), r, r.int(4), big) };
  for (const k of Object.keys(o)) {
    const roll = r.next();
    if (roll < 0.08) delete o[k];
    else if (roll < 0.16) o[k] = oddValue(r);
    else if (roll < 0.26 && k !== 'text' && typeof o[k] === 'string') o[k] = mutateText(o[k] as string, r, 1);
  }
  if (r.chance(0.1)) o.extra = { nested: [1, 2, { deep: hostileFragment(r, false) }] };
  return o;
}

/** The serialised JSON of an article, sometimes damaged as text (then it rarely parses). */
function jsonText(r: Rng, big: boolean): string {
  const s = JSON.stringify(articleObject(r, big));
  return r.chance(0.3) ? mutateText(s, r, r.range(1, 3), big) : s;
}

function build(r: Rng, form: Form, big: boolean): string {
  switch (form) {
    case 'text': return mutateText(textBase(r), r, r.range(0, 6), big);
    case 'header': return mutateText(r.pick(HEADER_LINES) + (r.chance(0.5) ? '\n' + prose(r) : ''), r, r.range(0, 4), big);
    case 'html': {
      const paras = prose(r).split('\n').map((p) => `<p>${p}</p>`).join('\n');
      const page = r.chance(0.15) ? paras : HTML_PAGE.replace('{BODY}', paras);
      return mutateText(page, r, r.range(0, 6), big);
    }
    case 'json': return jsonText(r, big);
    default: {
      const lines: string[] = [];
      for (let n = r.range(1, 6); n > 0; n--) lines.push(r.chance(0.1) ? r.pick(['', '   ', '\r', '[1,2]', '{"text":']) : jsonText(r, big));
      return lines.join(r.pick(['\n', '\r\n', '\n\n']));
    }
  }
}

/** Fuzz case `index` of run `seed`. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const r = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const form = FORMS[index % FORMS.length];
  const big = index % LARGE_EVERY === LARGE_EVERY - 1;
  // one case in 20 is pure noise, with no seed material at all
  const text = r.chance(0.05) ? randomText(r, r.range(0, big ? 50000 : 2000)) : build(r, form, big);
  let bytes: Buffer = Buffer.from(text, r.chance(0.03) ? 'latin1' : 'utf8');
  if (r.chance(0.35)) bytes = mutateBytes(bytes, r, r.range(1, 5));
  const cap = big ? LARGE_CAP : SMALL_CAP;
  if (bytes.length > cap) bytes = bytes.subarray(0, cap);
  return { index, form, bytes, big };
}

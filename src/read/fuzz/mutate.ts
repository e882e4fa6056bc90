/**
 * Mutators for the reader fuzz test: text-level damage (hostile characters and structures
 * inserted, ranges cut or repeated) and byte-level damage (bit flips, truncation inside a UTF-8
 * sequence, invalid UTF-8, BOMs). All take their randomness from a seeded Rng, so a run is
 * reproducible.
 *
 * @example
 * const r = prng(1);
 * const s = mutateText('Ein Satz.', r, 3);
 * const b = mutateBytes(Buffer.from(s), r, 2);
 */
import type { Rng } from './prng.js';

/** Quote marks of German and English typography, opened and closed in every wrong way. */
const QUOTES = ['»', '«', '„', '“', '”', '"', '‚', '‘', '’', "'", '›', '‹', '「', '」'];

/** Code points chosen to trip text handling: controls, combining marks, bidi, zero-width, astral. */
const ODD_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u0301', '\u0308',
  '\u200b', '\u200d', '\u200e', '\u202e', '\u2028', '\u2029', '\u2060', '\ufeff', '\ufffd', '\ufffe',
  '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '😀', '👩‍👩‍👧', '𝔘', '\u{10ffff}', 'ß', 'ẞ', 'İ', 'ﬃ',
  '\r', '\t', '\v', '\f', '\r\n', '\n\n\n', '…', '–', '—', '‐', '€', '§', '°', '½',
];

/** Fragments that look like parts of a photo header line, with impossible and odd values. */
const HEADER_BITS = [
  'date 2025-13-45 ', 'date 2025-02-29 Foto: ', 'date 9999-99-99', 'date 2024-02-29 ', 'date \n2025-01-01',
  'Foto: /dpa', '(Photo: ', 'Photo by ', '© ', ' via ', ' | ', '/Pool via REUTERS', 'Getty Images/', 'Bild:',
];

/** One random code point of any plane, lone surrogates included. */
export function randomChar(r: Rng): string {
  const k = r.int(6);
  if (k === 0) return String.fromCharCode(r.int(0x80));
  if (k === 1) return String.fromCharCode(0x80 + r.int(0x780));
  if (k === 2) return String.fromCharCode(0xd800 + r.int(0x800)); // a lone surrogate
  if (k === 3) return String.fromCodePoint(0x10000 + r.int(0x100000));
  if (k === 4) return r.pick(ODD_CHARS);
  return String.fromCharCode(r.int(0x10000));
}

/** `n` random code points. */
export function randomText(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += randomChar(r);
  return s;
}

/** Nested brackets, quotes, tags or JSON `depth` levels deep, opened and (sometimes) closed. */
export function nested(r: Rng, depth: number): string {
  const kind = r.int(5);
  const close = r.chance(0.5);
  if (kind === 0) return '('.repeat(depth) + 'x' + (close ? ')'.repeat(depth) : '');
  if (kind === 1) return '[{"a":'.repeat(depth) + '1' + (close ? '}]'.repeat(depth) : '');
  if (kind === 2) return '<div><span>'.repeat(depth) + 'Text' + (close ? '</span></div>'.repeat(depth) : '');
  if (kind === 3) return '„»'.repeat(depth) + 'Zitat' + (close ? '«“'.repeat(depth) : '');
  return '<b><i>'.repeat(depth) + (close ? '' : '</i>'.repeat(depth)); // closing tags that were never opened
}

/** A hostile fragment to splice into text: a long line, nesting, quotes, odd characters, header bits. */
export function hostileFragment(r: Rng, big: boolean): string {
  switch (r.int(9)) {
    case 0: return randomText(r, r.range(1, 40));
    case 1: return r.pick(QUOTES).repeat(r.range(1, 5));
    case 2: return nested(r, big ? r.range(100, 3000) : r.range(2, 60));
    case 3: return r.pick(HEADER_BITS);
    case 4: { // a huge line: one word, or words without any sentence end
      const n = big ? r.range(2000, 40000) : r.range(50, 800);
      return r.chance(0.5) ? 'x'.repeat(n) : 'und '.repeat(Math.ceil(n / 4));
    }
    case 5: return '\n'.repeat(r.range(1, big ? 3000 : 30));
    case 6: return r.pick(['.', '!', '?', ':', ';', ',', '...', ' . ', '‚', '-']).repeat(r.range(1, big ? 5000 : 50));
    case 7: return r.pick(['Dr.', 'Mr.', 'z.B.', 'U.S.', '3.', '1.000,50 €', '$4.5bn', '12.', 'Nr.']).repeat(r.range(1, 20));
    default: return r.pick(ODD_CHARS).repeat(r.range(1, 20));
  }
}

/** Applies `times` text-level mutations: insertions of hostile fragments, cuts, repeats, swaps. */
export function mutateText(s: string, r: Rng, times: number, big = false): string {
  for (let i = 0; i < times; i++) {
    const at = r.int(s.length + 1);
    switch (r.int(6)) {
      case 0: case 1: case 2:
        s = s.slice(0, at) + hostileFragment(r, big) + s.slice(at);
        break;
      case 3: { // cut a range (may split a surrogate pair)
        const len = r.int(Math.min(200, s.length - at) + 1);
        s = s.slice(0, at) + s.slice(at + len);
        break;
      }
      case 4: { // repeat a range
        const len = r.int(Math.min(300, s.length - at) + 1);
        s = s.slice(0, at) + s.slice(at, at + len).repeat(r.range(2, big ? 50 : 5)) + s.slice(at);
        break;
      }
      default: // replace one UTF-16 unit
        s = s.slice(0, at) + randomChar(r) + s.slice(at + 1);
    }
  }
  return s;
}

/** Invalid or awkward byte sequences: stray continuation bytes, overlongs, encoded surrogates, BOMs. */
const BAD_BYTES: readonly number[][] = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x00],
  [0xe4, 0xf6, 0xfc], // Latin-1 umlauts
];

/** Applies `times` byte-level mutations: flips, random bytes, invalid UTF-8, truncation, BOM prefixes. */
export function mutateBytes(buf: Buffer, r: Rng, times: number): Buffer {
  let b = Buffer.from(buf);
  for (let i = 0; i < times; i++) {
    const at = r.int(b.length + 1);
    switch (r.int(6)) {
      case 0: if (b.length) b[Math.min(at, b.length - 1)] ^= 1 << r.int(8); break;
      case 1: b = Buffer.concat([b.subarray(0, at), Buffer.from(r.pick(BAD_BYTES)), b.subarray(at)]); break;
      case 2: b = b.subarray(0, at); break; // truncation, often inside a multi-byte sequence
      case 3: { // a run of random bytes
        const junk = Buffer.alloc(r.range(1, 64));
        for (let j = 0; j < junk.length; j++) junk[j] = r.int(256);
        b = Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
        break;
      }
      case 4: b = Buffer.concat([Buffer.from(r.pick([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]])), b]); break;
      default: if (b.length) b[Math.min(at, b.length - 1)] = r.int(256);
    }
  }
  return b;
}

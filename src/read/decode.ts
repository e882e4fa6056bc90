/**
 * Bytes to text. Valid UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as they are;
 * other bytes are detected with chardet and decoded with iconv-lite (Latin-1 / Windows-1252 text
 * comes out right: "Größe", not "Gr��e"). A file that mixes UTF-8 with stray single-byte
 * characters keeps its UTF-8 and reads the stray bytes as Windows-1252. Binary input (NUL bytes,
 * many control bytes) and empty input are refused with a code.
 *
 * @example
 * decodeBytes(Buffer.from([0x47, 0x72, 0xf6, 0xdf, 0x65])); // { ok: true, text: 'Größe', notes: [...] }
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Decoded text plus notes on what was guessed, or a reason the bytes are no text. */
export type Decoded =
  | { ok: true; text: string; notes: string[] }
  | { ok: false; code: 'binary' | 'empty'; message: string };

const SAMPLE = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

let cp1252: string[] | undefined;
/** The 256 characters of Windows-1252 (built once). */
function cp1252Table(): string[] {
  cp1252 ??= [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows-1252')];
  return cp1252;
}

/** True when the bytes look binary: a NUL byte, or more than 1% (and more than 2) control bytes other than tab, newline, CR, FF, ESC. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SAMPLE);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 0x7f) ctrl++;
  }
  return ctrl > Math.max(2, n / 100);
}

/** Length of the valid UTF-8 sequence at i, or 0 when the byte there starts none. */
function utf8SeqLen(buf: Uint8Array, i: number): number {
  const b = buf[i];
  const cont = (k: number) => i + k < buf.length && (buf[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const b1 = buf[i + 1];
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0)) return 0; // overlong, surrogates
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const b1 = buf[i + 1];
    if ((b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes. */
function utf8Census(buf: Uint8Array): { multi: number; bad: number } {
  let multi = 0;
  let bad = 0;
  for (let i = 0; i < buf.length; ) {
    if (buf[i] < 0x80) { i++; continue; }
    const n = utf8SeqLen(buf, i);
    if (n) { multi++; i += n; } else { bad++; i++; }
  }
  return { multi, bad };
}

/** UTF-8 where valid; every invalid byte read as Windows-1252. */
function decodeMixed(buf: Uint8Array): string {
  const table = cp1252Table();
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < buf.length; ) {
    if (buf[i] < 0x80) { i++; continue; }
    const n = utf8SeqLen(buf, i);
    if (n) { i += n; continue; }
    if (run < i) parts.push(utf8Lenient.decode(buf.subarray(run, i)));
    parts.push(table[buf[i]]);
    i++;
    run = i;
  }
  if (run < buf.length) parts.push(utf8Lenient.decode(buf.subarray(run)));
  return parts.join('');
}

const WESTERN = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);
const EUROPEAN = new Set(['ISO-8859-2', 'windows-1250', 'ISO-8859-9', 'windows-1254']);

/**
 * The single-byte encoding to read non-UTF-8 bytes with. Lagebild reads German and English, so
 * Windows-1252 (a superset of Latin-1's printable characters) is the default; chardet's guess is
 * taken only when it is confident about another encoding.
 */
function guessEncoding(buf: Uint8Array): string {
  const guesses = chardet.analyse(buf.subarray(0, SAMPLE));
  const top = guesses[0];
  if (!top || WESTERN.has(top.name)) return 'windows-1252';
  if (EUROPEAN.has(top.name) && top.confidence >= 60 && iconv.encodingExists(top.name)) return top.name;
  if (top.confidence >= 90 && top.name !== 'UTF-8' && iconv.encodingExists(top.name)) return top.name;
  return 'windows-1252';
}

/**
 * The UTF-16 byte order of BOM-less bytes that look like UTF-16 text: most code units of Latin
 * text have a zero high byte, so zeros sit at odd offsets (LE) or even ones (BE) and almost
 * never at the other; null when the bytes do not look so.
 */
export function utf16Order(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, SAMPLE) & ~1;
  if (n < 4 || buf.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * True when decoded UTF-16 is no text: like looksBinary, more than 1% (and more than 2) of the
 * characters are control characters, private-use characters, noncharacters or replacement
 * characters (lone surrogates). Random bytes after a BOM give about 13% of those.
 */
function utf16Junk(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || (c >= 0x7f && c <= 0x9f)
      || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xfdd0 && c <= 0xfdef) || c === 0xfffe || c === 0xffff) junk++;
  }
  return junk > Math.max(2, n / 100);
}

/** Share of characters that are C1 controls or replacement characters (signs of a wrong decoding). */
function junkShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd) junk++;
  }
  return n ? junk / n : 0;
}

/**
 * Decodes `buf` to text. `declared` is a charset named by the source (HTTP header, HTML meta);
 * it is used only when the bytes are not valid UTF-8.
 */
export function decodeBytes(buf: Uint8Array, declared?: string | null): Decoded {
  if (buf.length === 0) return { ok: false, code: 'empty', message: 'the input is empty (0 bytes)' };
  const notes: string[] = [];
  let text: string;
  const bom = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : null;
  const order = bom ?? utf16Order(buf);
  if (order) {
    text = iconv.decode(Buffer.from(buf.subarray(bom ? 2 : 0)), order);
    // a BOM is two bytes anyone can put in front of anything: the characters must look like text
    if (utf16Junk(text)) return { ok: false, code: 'binary', message: `the input looks binary (${order}: control or unassigned characters), not text` };
    if (!bom) notes.push(`no byte order mark; detected and decoded as ${order}`);
  } else {
    if (looksBinary(buf)) {
      return { ok: false, code: 'binary', message: 'the input looks binary (NUL or control bytes), not text' };
    }
    const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
    try {
      text = utf8.decode(body);
    } catch {
      const { multi, bad } = utf8Census(body);
      const named = declared?.trim().toLowerCase();
      if (named && !/^utf-?8$/.test(named) && iconv.encodingExists(named)) {
        text = iconv.decode(Buffer.from(body), named);
        notes.push(`not valid UTF-8; decoded as ${named} (declared by the source)`);
      } else if (multi > 0 && multi >= bad) {
        text = decodeMixed(body);
        notes.push(`mostly UTF-8 with ${bad} invalid byte(s); those were read as windows-1252`);
      } else {
        const enc = guessEncoding(body);
        text = iconv.decode(Buffer.from(body), enc);
        notes.push(`not valid UTF-8; detected and decoded as ${enc}`);
      }
    }
  }
  if (junkShare(text) > 0.05) {
    return { ok: false, code: 'binary', message: 'the input does not decode to readable text' };
  }
  if (!text.trim()) return { ok: false, code: 'empty', message: 'the input holds only blank characters' };
  return { ok: true, text, notes };
}

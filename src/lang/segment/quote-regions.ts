/**
 * Quotation regions of a text range: which opening mark pairs with which closing mark, for
 * »...« (and Swiss «...»), „...“, "...", ‚...‘ and English “...” / ‘...’. The sentence splitter
 * uses them to keep an attributed quote ("»Ja. Wir kommen«, sagte er.") in one sentence.
 *
 * @example
 * quoteRegions('»Ja. Gut«, sagte er.', 0, 20); // [{ open: 0, close: 8, attributed: true }]
 */

/** One paired quotation: offsets of its opening and closing marks. */
export interface QuoteRegion {
  open: number;
  close: number;
  /** the closing mark is followed by a comma or a lower-case word (", sagte er", "he said") */
  attributed: boolean;
}

const MARKS = /[»«„“”"‚‘’\n]/g;

function isSpaceLike(c: string): boolean {
  return c === '' || c === ' ' || c === '\t' || c === '\u00a0' || c === '(' || c === '[' || c === '–' || c === '—' || c === '-' || c === '/';
}

function isLetter(c: string): boolean {
  return c !== '' && c.toLowerCase() !== c.toUpperCase();
}

function isLower(c: string): boolean {
  return c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
}

/** Whether what follows a closing mark at `pos` attaches the quote to the same sentence. */
function attributedAfter(text: string, pos: number, end: number): boolean {
  let i = pos + 1;
  while (i < end && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  if (text[i] === '\n') return false;
  if (i >= end) return false;
  const c = text[i];
  return c === ',' || isLower(c);
}

/** An opening mark waiting for its partner: where it is and which marks close it. */
interface OpenMark {
  pos: number;
  closers: string;
}

/** Index of the innermost open mark that `c` closes, or -1. */
function findOpen(stack: OpenMark[], c: string): number {
  for (let j = stack.length - 1; j >= 0; j--) if (stack[j].closers.includes(c)) return j;
  return -1;
}

/**
 * Pairs the open mark stack[j] with the closing mark at `pos` and drops it and every mark opened
 * after it. Module functions, not closures per call: under tsx each named closure costs a
 * defineProperty call every time it is made.
 */
function close(regions: QuoteRegion[], stack: OpenMark[], j: number, text: string, pos: number, end: number): void {
  regions.push({ open: stack[j].pos, close: pos, attributed: attributedAfter(text, pos, end) });
  stack.length = j;
}

/** Paired quotation regions inside text[start, end) (marks never pair across lines). */
export function quoteRegions(text: string, start: number, end: number): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  const stack: OpenMark[] = [];
  let guillemetOpen = '';
  MARKS.lastIndex = start;
  for (let m = MARKS.exec(text); m && m.index < end; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      // Marks never pair across lines.
      stack.length = 0;
      guillemetOpen = '';
      continue;
    }
    const before = i > start ? text[i - 1] : '';
    const after = i + 1 < end ? text[i + 1] : '';
    if (c === '»' || c === '«') {
      if (!guillemetOpen) guillemetOpen = c;
      if (c === guillemetOpen) stack.push({ pos: i, closers: c === '»' ? '«' : '»' });
      else {
        const j = findOpen(stack, c);
        if (j >= 0) close(regions, stack, j, text, i, end);
      }
    } else if (c === '„') {
      stack.push({ pos: i, closers: '“”' });
    } else if (c === '‚') {
      stack.push({ pos: i, closers: '‘’' });
    } else if (c === '“' || c === '”' || c === '‘') {
      const j = findOpen(stack, c);
      if (j >= 0) close(regions, stack, j, text, i, end);
      else if (c === '“') stack.push({ pos: i, closers: '”' });
      else if (c === '‘' && isSpaceLike(before)) stack.push({ pos: i, closers: '’' });
    } else if (c === '’') {
      // An apostrophe inside a word ("kommt’s", "don’t") is not a closing mark.
      const j = findOpen(stack, c);
      if (j >= 0 && !(isLetter(before) && isLetter(after))) close(regions, stack, j, text, i, end);
    } else if (c === '"') {
      const j = findOpen(stack, '"');
      if (isSpaceLike(before) && after !== ' ' && after !== '' && j < 0) stack.push({ pos: i, closers: '"' });
      else if (j >= 0) close(regions, stack, j, text, i, end);
    }
  }
  return regions;
}

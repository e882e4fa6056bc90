/**
 * Rule 8, runs of capitalised words: German common nouns and function words are dropped (noun
 * shape, a determiner right before), the rest is typed by evidence in this order: organisation
 * suffix, organisation ending (German), role before, known surname, club/place prefix,
 * organisation/place-introducing noun before, acronym, speech verb, age or party in brackets,
 * first name, English `X of Y`, place preposition, English head word, else two or more words
 * → PER (weak) unless product-like → MISC; a lone unknown word → ORG in English, in German PER
 * only on a family-name ending or after `", so`, LOC after `in` when it is no noun. Club prefixes
 * (`1. FC Köln`, `VfL Osnabrück`) take their number and town words.
 *
 * @example
 * // "sagte Kolb." → PER "Kolb" (speech verb before)
 */
import type { NerData, NerType } from '../data.js';
import { unknownParts } from './compound.js';
import { strongOrgSuffix } from './gazetteer.js';
import { NAME_MAX, type RecogniserState } from './state.js';
import type { Found, NerRule } from './types.js';
import { endingLength } from './util.js';
import { WORD_COMPOUND, WORD_NOUN_ONLY } from '../../lang/name-grammar.js';
const QUOTE_CLOSERS = new Set(['"', '“', '«', '»', '‘', "'", '”']);
/** Roman numerals from II (not "I", "V", "X", which also stand alone) */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XX)\.?$/;
/** a capital after a lower-case letter inside a word, except name prefixes (McCain, DeLonge, LaGuardia, DiCaprio, MacArthur) */
const CAMEL = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}/u;

/** A single word ending in a long organisation head ("Innenministerium", "Bundesregierung"; ner-org-suffixes `compound` rows). */
function orgEnding(s: RecogniserState, lowerWord: string): boolean {
  for (const e of s.d.longOrgSuffixEndings) if (lowerWord.length > e.length + 2 && lowerWord.endsWith(e)) return true;
  return false;
}

/** "1. FC Köln", "SV 09 Flörsheim", "VfL Osnabrück": a club prefix with number and town words. */
function club(s: RecogniserState, i: number): number {
  const { units, words } = s;
  let j = i + 1;
  while (j < units.length && j - i <= 4) {
    const x = units[j];
    if (x.kind === 'num' && /^\d{1,2}$/.test(x.text)) j++;
    else if (s.nameLike(j) && (!s.stopAt(j) || s.isTown(j)) && !s.findRoleQuiet(j)) j++;
    else break;
  }
  while (j > i + 1 && units[j - 1].kind === 'num') j--;
  if (j === i + 1) return i;
  let start = units[i].start;
  if (i >= 2 && units[i - 1].text === '.' && units[i - 2].kind === 'num' && /^\d$/.test(units[i - 2].text) && units[i - 1].start === units[i - 2].end) start = units[i - 2].start;
  s.push({ start, end: units[j - 1].end, type: 'ORG', kind: 'name', sector: 'CVL', canonical: (start !== units[i].start ? `${units[i - 2].text}. ` : '') + words.slice(i, j).join(' ') });
  return j;
}

function run(s: RecogniserState, i: number): number {
  const { d, nouns, units, words } = s;
  if (s.ctx(i, 'org-prefix')) {
    const k = club(s, i);
    if (k > i) return k;
  }
  // collect the capitalised run
  let j = i;
  const startsSentence = s.sentenceStart(i);
  while (j < units.length && j - i < NAME_MAX + 1) {
    if (s.nameLike(j)) {
      // a club prefix takes the town with it ("VfL Osnabrück", "Preußen Münster")
      if (j > i && s.ctx(i, 'org-prefix') && s.isTown(j)) {
        j++;
        continue;
      }
      // (a town after an initial is a family name: "J. Preston")
      if (j > i && (s.gazAt(j) || s.findRoleQuiet(j)) && !(INITIAL.test(units[j - 1].text) && s.isTown(j))) break;
      if (units[j].parts.length > 1 && j > i) break;
      j++;
      if (s.missedStop(j - 1)) break;
      continue;
    }
    if (j > i && s.connectorAt(j) && (s.nameLike(j + 1) || s.connectorAt(j + 1))) {
      j++;
      continue;
    }
    if (j > i && units[j].text === d.postnominalOf && s.nameLike(j + 1) && (s.ctx(j - 1, 'org-of') || s.ctx(j - 1, 'loc-of'))) {
      // "Bank of Korea", "Gulf of Mexico": the name after "of" belongs to the whole
      const g = s.gazAt(j + 1);
      if (g) {
        j += 1 + g.length;
        break;
      }
      j++;
      continue;
    }
    if (j > i && s.ctx(j, 'name-joiner') && s.nameLike(j + 1)) {
      j++;
      continue;
    }
    break;
  }
  // drop leading common nouns (capitalised-noun languages) / non-names
  let a = i;
  while (a < j && ((s.stopAt(a) || lexNoun(s, a)) && !s.knownSurname(units[a].text) && !(j - i === 1 && orgEnding(s, units[a].lower)) || (nouns && a === i && s.ctx(a - 1, 'det') && !s.knownSurname(units[a].text) && !s.isAcronym(a) && !s.ctx(a, 'org-prefix')))) a++;
  if (a > i) {
    if (a === j) return j - i > 1 ? i + 1 : j; // the other rules may still read the words after the first
    return a; // restart after the noun so the next words get their own evidence
  }
  // trailing connectors are not part of a name
  while (j > a && !s.nameLike(j - 1)) j--;
  // where nouns are capitalised, a common noun after the first word stops the name there
  if (nouns) {
    for (let k = a + 1; k < j; k++) {
      if (s.nameLike(k) && s.stopAt(k) && !(k === j - 1 && d.orgSuffixWords.has(units[k].text)) && !s.knownSurname(units[k].text)) {
        j = k;
        break;
      }
    }
    while (j > a && !s.nameLike(j - 1)) j--;
    // a capitalised first word of the sentence without evidence is not part of the name
    if (startsSentence && a === i && j - a >= 2 && !s.firstName(a) && !s.knownSurname(units[a].text)) return a + 1;
  }
  // an apposition before a first name is not part of the name ("Torjäger Robert Vittek")
  for (let k = a + 1; k < j - 1; k++) {
    if (s.firstName(k)) return k;
  }
  // where nouns are capitalised, a noun before a known surname or its genitive is no part of
  // the name ("den engsten Beratern Adenauers", "Kanzlerin Merkel")
  // (the surname is asked first: it is rarely known, so the noun's own lookups are mostly skipped)
  if (nouns && j - a === 2 && s.knownSurname(units[a + 1].text) && !s.firstName(a) && !s.knownSurname(units[a].text)) return a + 1;
  const first = units[a];
  const span = { start: first.start, end: s.nameEnd(j - 1) };
  const text = words.slice(a, j).join(' ');
  const rf = s.roleFields(a);

  const typed = typeRun(s, a, j, startsSentence, rf.role !== undefined);
  const type = typed?.type ?? null;
  const sector = typed?.sector;
  if (type) {
    const f: Found = { start: span.start, end: span.end, type, kind: 'name', canonical: type === 'PER' ? s.knownSurname(text) ?? text : text, ...(type === 'PER' ? rf : {}) };
    if (sector) f.sector = sector;
    // a well-known person named by the surname alone ("Merkel") keeps the gazetteer's country and sector
    const known = type === 'PER' && f.canonical !== text ? s.knownSurnameFacts(text) : null;
    if (known && known.canonical === f.canonical) {
      f.country ??= known.country ?? undefined;
      f.sector ??= known.sector ?? undefined;
    }
    s.push(f);
    // only persons found on evidence (not by the multi-word default) name later surnames
    if (type === 'PER' && !typed?.weak) s.rememberPerson(a, j, text);
  }
  s.pending = null;
  return j;
}

/** Some unit of units[a..j) is spelled as a listed first name (no slice, no callback). */
function anyFirstName(s: RecogniserState, a: number, j: number): boolean {
  for (let k = a; k < j; k++) if (s.d.firstNames.has(s.units[k].text)) return true;
  return false;
}

/** Decides the type of the capitalised run units[a..j), or null when it is not a name. */
function typeRun(s: RecogniserState, a: number, j: number, startsSentence: boolean, hasRole: boolean): { type: NerType; sector?: string; weak?: boolean } | null {
  const { d, nouns, units, allCapsSentence } = s;
  const of = d.postnominalOf;
  const len = j - a;
  const first = units[a];
  const lastU = units[j - 1];
  const prevWord = a > 0 && units[a - 1].kind === 'word' ? units[a - 1].lower : ''; // (a word unit's lower-case text)
  // a gender-inclusive plural ("BibliothekarInnen", "LehrerIn") is a common noun
  // (the regular expression only for words ending in "In" or "Innen", which it needs)
  if (nouns && len === 1 && (first.text.endsWith('In') || first.text.endsWith('Innen')) && BINNEN_I.test(first.text)) return null;
  const suffix = d.orgSuffixWords.get(lastU.text);
  if (suffix !== undefined && (len >= 2 || strongOrgSuffix(lastU.text))) return { type: 'ORG', sector: suffix || undefined };
  if (len === 1 && orgEnding(s, first.lower)) return { type: 'ORG' };
  if (hasRole) return { type: 'PER' };
  if (len === 1 && s.knownSurname(first.text)) return { type: 'PER' };
  if (s.ctx(a, 'org-prefix') && len >= 2) return { type: 'ORG' };
  if (s.ctx(a, 'loc-prefix') && len >= 2) return { type: 'LOC' };
  // (an introducing noun may be the head of a compound where nouns compound: "der Softwarekonzern X")
  if (s.ctx(a - 1, 'org-intro') || (nouns && endsWithContext(s, prevWord, 'org-intro'))) return { type: 'ORG' };
  if (s.ctx(a - 1, 'loc-intro') || (a >= 2 && units[a - 1].text === of && s.ctx(a - 2, 'loc-intro'))) return { type: 'GPE' };
  // English "the northern Dhofar province", "the Altai mountains": a place noun in lower case after the name
  if (!nouns && s.ctx(j, 'loc-after') && !units[j].cap) return { type: 'GPE' };
  // acronyms in a normal sentence are organisations unless listed otherwise ("SWR", "IKB")
  if (len === 1 && first.allCaps && !allCapsSentence && first.text.length <= 6) return d.acronymNonNames.has(first.text) ? null : { type: 'ORG' };
  if (len === 1 && first.text.length < 2) return null; // a lone capital letter ("A", a broken "Â")
  if (s.ctx(j, 'speech') || s.ctx(a - 1, 'speech')) return { type: 'PER' };
  if (ageOrParty(s, j)) return { type: 'PER' };
  if (!nouns && personContext(s, a, j)) return { type: 'PER' };
  if (len === 1 && s.firstName(a) && !startsSentence) return { type: 'PER' };
  // a word the morphology does not explain, where the clause puts a person (also first in a sentence)
  if (len === 1 && d.morph && unknownWord(s, a) && personSlot(s, a)) return { type: 'PER' };
  // a capitalised first word on its own says nothing, unless (English) it is the subject of a verb
  // English sports results and tables: a name opening the line before a score or a table row is
  // a team ("Wexcombe 2", "Quarnby Vale 3 0 0 3"), and so is one between two scores ("… 21 Quarnby Vale 10")
  if (!nouns && scoreAt(s, j) && (startsSentence || scoreAt(s, a - 1))) return { type: 'ORG', sector: 'CVL' };
  if (startsSentence && len === 1) return nouns || !subjectOfVerb(s, a) ? null : { type: 'PER' };
  // names joined by "&" are a firm, even with a first name ("Douglas & Lomason"; `name-joiner`)
  if (len >= 3 && joined(s, a, j)) return { type: 'ORG', sector: 'BUS' };
  if (len >= 2 && anyFirstName(s, a, j)) return { type: 'PER' };
  if (len >= 3 && s.ctx(a, 'org-of') && units[a + 1].text === of) return { type: 'ORG' };
  if (len >= 3 && s.ctx(a, 'loc-of') && units[a + 1].text === of) return { type: 'LOC' };
  if (len >= 2 && s.ctx(a, 'org-of')) return { type: 'ORG' };
  if (s.ctx(a - 1, 'loc-prep')) {
    // where nouns are lower case, capitalised words after a place preposition are a place
    if (!nouns && len <= 2) return { type: 'LOC' };
    if (len === 1 && d.placeEndings.some((e) => first.text.length > e.length + 2 && first.lower.endsWith(e))) return { type: 'LOC' };
    // "in Kreischa": an unknown word that is no noun (not in the noun list, no noun ending) after "in"
    // (words in -e/-en are mostly nouns: "in Reichweite", "in Gaststätten")
    if (len === 1 && s.ctx(a - 1, 'unknown-place-prep') && !first.allCaps && first.text.length >= 4 && !/e[nr]?$/.test(first.text)) return { type: 'LOC' };
    // "in Wildbad Kreuth": several capitalised words (no noun, no first name) after such a preposition
    if (len >= 2 && s.ctx(a - 1, 'unknown-place-prep') && !productLike(s, a, j)) return { type: 'LOC' };
  }
  const head = len >= 2 ? d.heads.get(units[j - 1].text) : undefined;
  if (head) return { type: head };
  if (len >= 2) return productLike(s, a, j) || quotedTitle(s, a, j) ? { type: 'MISC' } : { type: 'PER', weak: true };
  // "im thurgauischen Weinfelden", "im englischen Whitby": an unknown word after a place preposition
  // and a lower-case regional or nationality adjective is a place
  if (nouns && len === 1 && regionAdjectiveBefore(s, a) && unknownWord(s, a)) return { type: 'GPE' };
  const low = first.lower;
  // German nouns end in -sen, -mann, -stein too ("Insassen", "Kameramann", "Meilenstein": ner-noun-surname-endings)
  const surnameLike = d.surnameEndings.some((e) => low.length > e.length + 2 && low.endsWith(e) && !d.nounLikeSurnameEndings.has(e));
  // where nouns are capitalised, a lone unknown word is a person only on evidence — a family-name
  // ending (not at the start of a sentence, where any noun is capitalised) or "…", so Barth"
  if (nouns) return (surnameLike && !startsSentence) || quoteSo(s, a) ? { type: 'PER' } : null;
  if (surnameLike) return { type: 'PER' };
  return { type: 'ORG' };
}

/** Some unit inside units[a..j) is a `name-joiner` ("&"). */
function joined(s: RecogniserState, a: number, j: number): boolean {
  for (let k = a + 1; k < j - 1; k++) if (s.ctx(k, 'name-joiner')) return true;
  return false;
}

/** Unit k is a score or a table figure: a number of one to three digits. */
function scoreAt(s: RecogniserState, k: number): boolean {
  const u = s.units[k];
  return !!u && u.kind === 'num' && /^\d{1,3}$/.test(u.text);
}

/** an initial: one capital letter and a dot ("J.") */
const INITIAL = /^\p{Lu}\.$/u;

/** German gender-inclusive spelling with a capital I inside: "LehrerInnen", "BürgerIn" */
const BINNEN_I = /\p{Ll}{3}In(?:nen)?$/u;

/** a bowler's figures: overs (maybe with a ball count), maidens, runs, wickets */
const BOWLING = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;

/** word endings of English common words (plural nouns, adverbs, participles), not of a lone name */
const COMMON_EN_ENDING = /(?:[^s]s|ing|ly|ed)$/;

/**
 * English, a lone capitalised first word: it is a person when a verb a person does follows
 * (`subject-verb` of ner-context: "Orlan said", "Varga scored") or an apposition with an
 * article (`det`: "Obradek , a caretaker …"), and it does not end like a common word
 * ("Officials said", "Trailing by …", "Separately ,") nor is an abbreviation.
 * (Any past form in -ed as evidence, and the same evidence for a lone unknown word inside a
 * sentence, were tried: they typed websites and bodies as persons and cost speakers in quotes.)
 */
function subjectOfVerb(s: RecogniserState, a: number): boolean {
  const { units } = s;
  const u = units[a];
  const next = units[a + 1];
  if (!next || COMMON_EN_ENDING.test(u.lower) || u.text.endsWith('.')) return false;
  // an apposition with an article ("X , a caretaker who …")
  if (next.text === ',' && s.ctx(a + 2, 'det')) return true;
  if (next.kind !== 'word' || next.cap) return false;
  return s.ctx(a + 1, 'subject-verb');
}

/**
 * English context of a person around the run units[a..j): a kinship noun or an age or rank
 * compound right before (`person-before` of ner-context, also the last part of a hyphen
 * compound: "his wife X", "the 26-year-old X", "the 104th-ranked X"), a relative clause for a
 * person after a comma ("X , who …"; `person-relative`), an age between commas ("X , 35 ,"),
 * in a cricket scorecard the marks of a catch, a bowler, a stumping before (`c X b Y`, `st X`;
 * also `person-before`) or a bowler's figures after ("X 9-1-37-3").
 */
function personContext(s: RecogniserState, a: number, j: number): boolean {
  const { units, d } = s;
  if (units[j - 1].text.endsWith('.')) return false; // an abbreviation ("Md.", "Corp.")
  const prev = units[a - 1];
  if (prev && prev.kind === 'word' && !prev.cap) {
    const last = prev.parts[prev.parts.length - 1];
    if (s.ctx(a - 1, 'person-before') || (prev.parts.length > 1 && d.context.get(last.text.toLowerCase())?.has('person-before'))) return true;
  }
  // a bowler's figures in a cricket scorecard (overs-maidens-runs-wickets: "X 9-1-37-3"), a
  // pitcher's won-lost record in brackets ("X ( 14-10 )")
  if (j < units.length && BOWLING.test(units[j].text)) return true;
  if (j + 2 < units.length && units[j].text === '(' && units[j + 2].text === ')' && /^\d{1,2}-\d{1,2}$/.test(units[j + 1].text)) return true;
  if (j + 1 < units.length && units[j].text === ',') {
    if (s.ctx(j + 1, 'person-relative')) return true;
    const n = units[j + 1];
    if (n.kind === 'num' && /^[1-9]\d$/.test(n.text) && units[j + 2]?.text === ',') return true;
  }
  return false;
}

/**
 * Capitalised words that look like a product, model or programme rather than a person
 * ("GeForce GTX", "Hartz IV", "Analytics 4.0"): a word in capitals, a Roman numeral, a word
 * with a capital inside (not "McCain", "DeLonge") or a number right after the words.
 */
function productLike(s: RecogniserState, a: number, j: number): boolean {
  const { units } = s;
  for (let k = a; k < j; k++) {
    const w = units[k].text;
    if (w.length >= 2 && units[k].allCaps && !s.firstName(k)) return true;
    if (ROMAN.test(w) || CAMEL.test(w)) return true;
  }
  // a number after the words marks a model where nouns are capitalised (German); in English it
  // is often a score ("Wigan 42"), where a capitalised run is mostly a name
  return s.nouns && j < units.length && units[j].kind === 'num';
}

/**
 * A capitalised word whose readings in the morphology lexicon are all common nouns
 * ("Drama", "Architekten", "Müller") is no name unless the context makes it one: a role right
 * before, a speech verb next to it, an age or party in brackets after it, "…", so X".
 */
function lexNoun(s: RecogniserState, a: number): boolean {
  if (!s.d.morph || s.units[a].kind !== 'word') return false;
  // in a run of several capitalised words the others are context ("Zenit Alpha 5")
  if (s.nameLike(a + 1)) return false;
  const p = s.pending;
  if (p && p.next === a) return false;
  // (the morphology last: its answer is the dearest of these for a word not asked before)
  return (s.shapeAt(a).lex & WORD_NOUN_ONLY) !== 0 && !s.ctx(a - 1, 'speech') && !s.ctx(a + 1, 'speech') && !ageOrParty(s, a + 1) && !quoteSo(s, a);
}

/**
 * A capitalised word the morphology lexicon does not know in any spelling and that is no
 * compound of its words ("Pofalla", "Röttgen"): German capitalises every noun, and the lexicon
 * holds the nouns, so such a word is most likely a name. Not a word of more than 14 letters:
 * family names are rarely that long, technical compounds often ("Trichlorfluormethan").
 */
function unknownWord(s: RecogniserState, a: number): boolean {
  const u = s.units[a];
  if (u.parts.length > 1) return unknownParts(s, a) && !foreignNeighbour(s, a - 1) && !foreignNeighbour(s, a + 1);
  if (u.allCaps || u.text.length < 4 || u.text.length > 14 || !/^\p{Lu}\p{Ll}+$/u.test(u.text) || s.shapeAt(a).lex !== 0) return false;
  // inside foreign words ("There's Plenty of Room"): a lower-case neighbour the lexicon does not know
  return !foreignNeighbour(s, a - 1) && !foreignNeighbour(s, a + 1);
}

const OPENERS_AFTER_COLON = new Set(['"', '„', '“', '»', '«', "'", '‚']);

/**
 * The lone word at unit a stands where German puts a person: before a finite verb in the third
 * person singular ("Pofalla gehört", "Röttgen bestätigte"), after one or after "sich"/"dass"
 * (inverted subject: "hatte sich Röttgen", "macht Dewey", "vergab aber Börner"), or as a
 * genitive before a noun ("Holroyds Stimme").
 */
function personSlot(s: RecogniserState, a: number): boolean {
  const { units } = s;
  const morph = s.d.morph;
  if (!morph) return false;
  const { isAdverb, isFinite3s, isParticiple } = morph;
  const lowerWordAt = (k: number) => k >= 0 && k < units.length && units[k].kind === 'word' && !units[k].cap;
  const u = units[a];
  const next = units[a + 1];
  if (u.text.endsWith('s') && !!next && next.kind === 'word' && next.cap && (s.shapeAt(a + 1).lex & (WORD_NOUN_ONLY | WORD_COMPOUND)) !== 0) return true;
  if (s.ctx(a - 1, 'loc-prep')) return false; // "in Kreischa": a place (typed below)
  // a finite verb after it, maybe after an adverb ("Maschmeyer wiederum war"); not a participle
  // ending the clause ("durch Chlor oder Fluor ersetzt")
  const v = lowerWordAt(a + 1) && isAdverb(units[a + 1].lower) && lowerWordAt(a + 2) ? a + 2 : a + 1;
  if (lowerWordAt(v) && isFinite3s(units[v].lower) && !(isParticiple(units[v].lower) && clauseEnd(s, v + 1))) return true;
  // a relative clause for a person after it ("… zu Robinho , der …"; class person-relative)
  if (a + 2 < units.length && units[a + 1].text === ',' && s.ctx(a + 2, 'person-relative')) return true;
  // an interview's speaker before a colon and a quotation or a first-person answer ("Brunnhuber : Ich …")
  if (a + 1 < units.length && units[a + 1].text === ':' && a + 2 < units.length && (OPENERS_AFTER_COLON.has(units[a + 2].text) || s.ctx(a + 2, 'answer-pronoun'))) return true;
  for (let k = a - 1; k >= a - 2 && lowerWordAt(k); k--) {
    const w = units[k].lower;
    if (s.ctx(k, 'subject-after') || isFinite3s(w)) return true;
    if (!isAdverb(w)) break; // only an adverb may stand between verb and subject ("vergab aber Börner")
  }
  return false;
}

/**
 * A lower-case inflected adjective of the nationality-adjective stem (German `-isch-`:
 * "aargauischen", "englischen") right before unit a, after a `place-adjective-prep` ("im", "in",
 * "aus dem" … as listed).
 */
function regionAdjectiveBefore(s: RecogniserState, a: number): boolean {
  const stem = s.d.names.nationalityAdjectiveStem;
  const adj = s.units[a - 1];
  if (stem === null || a < 2 || !adj || adj.kind !== 'word' || adj.cap || !/e[nmr]$/.test(adj.lower) || !adj.lower.includes(stem)) return false;
  return s.ctx(a - 2, 'place-adjective-prep');
}

/** Unit k ends a clause: the end of the sentence, punctuation, a conjunction or auxiliary (`clause-end`). */
function clauseEnd(s: RecogniserState, k: number): boolean {
  const u = s.units[k];
  return !u || u.kind !== 'word' || s.ctx(k, 'clause-end');
}

function foreignNeighbour(s: RecogniserState, k: number): boolean {
  if (k < 0 || k >= s.units.length) return false;
  const u = s.units[k];
  return u.kind === 'word' && !u.cap && u.parts.length === 1 && !s.d.functionWords.has(u.lower) && s.shapeAt(k).lex === 0;
}

const QUOTE_OPENERS = new Set(['"', '„', '“', '»', '«', "'", '‚', '‘']);

/** Words standing alone between quotation marks (`" Academic Festival "`): a title, not a person. */
function quotedTitle(s: RecogniserState, a: number, j: number): boolean {
  const { units } = s;
  return s.nouns && a > 0 && j < units.length && QUOTE_OPENERS.has(units[a - 1].text) && QUOTE_CLOSERS.has(units[j].text);
}

/** `" , so Barth`: a `quote-speaker` word (German "so") after a closing quotation names its speaker. */
function quoteSo(s: RecogniserState, a: number): boolean {
  const { units } = s;
  return a >= 3 && s.ctx(a - 1, 'quote-speaker') && units[a - 2].text === ',' && QUOTE_CLOSERS.has(units[a - 3].text);
}

/** "Klum (37)", "Schulz (SPD)": an age or a party in brackets right after a name marks a person. */
function ageOrParty(s: RecogniserState, j: number): boolean {
  const { units } = s;
  if (j + 2 >= units.length || units[j].text !== '(' || units[j + 2].text !== ')') return false;
  const inner = units[j + 1];
  if (inner.kind === 'num' && /^\d{1,3}$/.test(inner.text)) return true;
  const g = s.d.gazetteer.word(inner.text);
  return !!g && g.value.sector === 'PTY';
}

/**
 * The answers of endsWithContext per data object, class and word: the same words recur in
 * every article, and each answer costs a slice and up to two lookups per letter.
 */
const ENDS_MEMO = new WeakMap<NerData, Map<string, Map<string, boolean>>>();

export function endsWithContext(s: RecogniserState, word: string, cls: string): boolean {
  if (word.length < 5) return false;
  let perData = ENDS_MEMO.get(s.d);
  if (!perData) ENDS_MEMO.set(s.d, (perData = new Map()));
  let memo = perData.get(cls);
  if (!memo) perData.set(cls, (memo = new Map()));
  let v = memo.get(word);
  if (v === undefined) {
    v = endsWithContextUncached(s, word, cls);
    if (memo.size > 200_000) memo.clear();
    memo.set(word, v);
  }
  return v;
}

function endsWithContextUncached(s: RecogniserState, word: string, cls: string): boolean {
  for (let k = 1; k <= word.length - 4; k++) {
    const tail = word.slice(k);
    if (s.d.context.get(tail)?.has(cls)) return true;
    const cut = endingLength(tail, false);
    if (cut && s.d.context.get(tail.slice(0, tail.length - cut))?.has(cls)) return true;
  }
  return false;
}

export const capitalisedRunRule: NerRule = {
  name: 'capitalised-run',
  description: 'a run of capitalised words, common nouns dropped, typed by suffix, context and evidence',
  apply(s, i) {
    if (!s.nameLike(i)) return -1;
    return run(s, i);
  },
};

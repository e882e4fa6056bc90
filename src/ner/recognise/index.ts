/**
 * The named-mention recogniser: finds PER/ORG/GPE/LOC/MISC names in the units of one sentence.
 * At each word unit the rules below are asked in this order; the first that applies wins and
 * says where to go on. Lower-case words that start no listed name and no nationality adjective
 * are skipped with one Set lookup. After the rules, sports results turn places into teams.
 * Each rule's file says what it does; docs/ner.md "How a sentence is read" walks through them.
 *
 * @example
 * const recognise = createRecogniser(nerData('de'), { surnames: new Map() });
 * const found = recognise(units, false); // [{ start, end, type: 'PER', kind: 'name', rule: 'first-name', ... }]
 */
import type { NerData } from '../data.js';
import type { Unit } from '../units.js';
import { markAcronyms } from './acronym.js';
import { adjectiveOrgRule } from './adjective-org.js';
import { capitalisedRunRule } from './capitalised-run.js';
import { compoundRule } from './compound.js';
import { addCoordinated } from './coordination.js';
import { datelineRule } from './dateline.js';
import { demonymRule } from './demonym.js';
import { firstNameRule } from './first-name.js';
import { gazetteerRule } from './gazetteer.js';
import { joinLegalForms } from './legal-form.js';
import { quotedOrgRule } from './quoted-org.js';
import { roleRule } from './role.js';
import { RecogniserState } from './state.js';
import { markTeams } from './teams.js';
import { townAdjectiveRule } from './town-adjective.js';
import type { Found, NameMemory, NerRule } from './types.js';

export type { Found, NameMemory, NerRule, PendingRole } from './types.js';

/** The rules, in the order they are asked. */
export const NER_RULES: readonly NerRule[] = [
  datelineRule,
  roleRule,
  quotedOrgRule,
  firstNameRule,
  adjectiveOrgRule,
  gazetteerRule,
  compoundRule,
  demonymRule,
  townAdjectiveRule,
  capitalisedRunRule,
];

/**
 * A recogniser for the sentences of one document after another (sharing the name memory);
 * `allCapsSentence` marks headlines in capitals. Its state is made once, not per sentence.
 */
export function createRecogniser(d: NerData, memory: NameMemory): (units: Unit[], allCapsSentence: boolean) => Found[] {
  const s = new RecogniserState(d, memory);
  // inflected nationality adjectives are written in lower case ("chinesischen"): their stem ending lets them through
  const adjStem = d.names.nationalityAdjectiveStem;
  // the legal forms' lower-case spellings (`legal-form` of ner-context), one Set lookup per short capitalised word
  const legalForms = new Set<string>();
  for (const [w, classes] of d.context) if (classes.has('legal-form')) legalForms.add(w);
  return (units: Unit[], caps: boolean): Found[] => {
    s.reset(units, caps);
    // the passes after the rules look for a bracket and a legal form: most sentences have neither
    let bracket = false;
    let legal = false;
    let i = 0;
    while (i < units.length) {
      const u = units[i];
      if (u.kind !== 'word') {
        if (u.text === '(') bracket = true;
        i++;
        continue;
      }
      // most words are lower-case common words: one Set lookup decides that nothing starts here
      if (!u.cap && u.parts.length === 1 && !d.lowerStarts.has(u.text) && !(adjStem !== null && u.text.includes(adjStem))) {
        i++;
        continue;
      }
      let next = -1;
      for (let r = 0; r < NER_RULES.length && next < 0; r++) {
        s.rule = NER_RULES[r].name;
        next = NER_RULES[r].apply(s, i);
      }
      // (a name may span a bracket or end in a legal form: "Siemens AG", "Alan ( AJ ) Taylor")
      const to = next < 0 ? i + 1 : next;
      for (let k = i; k < to; k++) {
        const x = units[k];
        if (x.kind !== 'word') bracket ||= x.text === '(';
        // (legal forms are short: "AG", "GmbH", "Corp."; longer words are not looked up)
        else if (!legal && x.cap && x.text.length <= 5) legal = legalForms.has(x.lower);
      }
      i = to;
    }
    if (legal) joinLegalForms(s);
    if (bracket) markAcronyms(s);
    addCoordinated(s);
    markTeams(units, s.out);
    return s.out;
  };
}

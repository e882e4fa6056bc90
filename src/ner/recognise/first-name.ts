/**
 * Rule 2, first name + capitalised word(s) → PER (`Chad Sbragia`, also right after a city;
 * `Monika Holländer`: a family name may be a town or a demonym; in English also a state:
 * `Anthony Montana`). The name runs over
 * capitalised words and connectors (`von der`) up to NAME_MAX words, stopping at a common noun
 * that is no known surname or at a listed name other than a city; the person's surname is
 * remembered for the rest of the document.
 *
 * @example
 * // "Heute sprach Chad Sbragia." → PER "Chad Sbragia"
 */
import { NAME_MAX } from './state.js';
import type { NerRule } from './types.js';

export const firstNameRule: NerRule = {
  name: 'first-name',
  description: 'a listed first name followed by capitalised words is a person',
  apply(s, i) {
    const { nouns, units, words } = s;
    const u = units[i];
    if (s.allCapsSentence || !s.firstName(i) || !s.nameLike(i + 1) || s.gazAt(i)?.value.type === 'PER' || (s.surnameBlocked(i + 1) && !s.knownSurname(units[i + 1].text))) return -1;
    const g = s.gazAt(i + 1);
    // a family name may be a town or, where nouns are capitalised, a demonym noun ("Monika Holländer", "Anna Berlin")
    if (!(!g || g.value.type === 'PER' || g.length === 1 && (g.value.source === 'city' || (!nouns && g.value.source === 'place' && g.value.type === 'GPE') || (nouns && g.value.source === 'demonym')))) return -1;
    let j = i + 1;
    // a common noun ends the name from its third word on, unless only first names precede it
    // ("Fritz Rudolf Körper": two first names make the next word the family name)
    let firsts = true;
    while (j < units.length && j - i < NAME_MAX && (s.nameLike(j) || (s.connectorAt(j) && s.nameLike(j + 1))) && !(j > i + 1 && s.stopAt(j) && !s.knownSurname(units[j].text) && !firsts)) {
      if (!s.firstName(j)) firsts = false;
      if (j > i + 1 && s.gazAt(j) && s.gazAt(j)!.value.source !== 'city') break;
      j++;
      if (s.missedStop(j - 1)) break;
    }
    const canonical = words.slice(i, j).join(' ').replace(/\.$/, s.missedStop(j - 1) ? '' : '.');
    s.push({ start: u.start, end: s.nameEnd(j - 1), type: 'PER', kind: 'name', canonical, ...s.roleFields(i) });
    s.rememberPerson(i, j, canonical);
    s.pending = null;
    return j;
  },
};

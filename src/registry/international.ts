/**
 * International organisations (lexicons/registry/international.tsv): international courts, NGOs
 * acting internationally, UN agencies, peace missions and regional bodies. Their participants keep
 * no country in events (the coding guidelines code them "IGO", which a null country matches), so
 * neither the event's place nor the story's country is given to them, and a person whose office is
 * in one of them ("der Präsident des Jugoslawien-Tribunals, …") is an international official.
 *
 * @example
 * internationalOrg('Reporter ohne Grenzen'); // { name: 'Reporter ohne Grenzen', sector: 'NGO' }
 * internationalOrg('Internationalen Strafgerichtshofs')?.name; // 'Internationaler Strafgerichtshof'
 * internationalOrg('Bundesregierung'); // null
 */
import { lexicon } from '../lang/lexicon.js';
import { adjectiveForms, nameKey } from './normalise.js';

/** The canonical name and agent sector of an international organisation. */
export interface InternationalOrg { name: string; sector: string }

let table: Map<string, InternationalOrg> | undefined;

function load(): Map<string, InternationalOrg> {
  const t = new Map<string, InternationalOrg>();
  for (const [form, name, sector] of lexicon('registry', 'international')) {
    if (form && name) t.set(nameKey(form), { name, sector: sector || 'IGO' });
  }
  return t;
}

/**
 * The international organisation `name` names (a listed form; a genitive "-s" not listed is
 * stripped: "Europarats"), else null. Case-insensitive.
 */
export function internationalOrg(name: string): InternationalOrg | null {
  table ??= load();
  const k = nameKey(name);
  const hit = table.get(k) ?? (k.length > 4 && k.endsWith('s') ? table.get(k.slice(0, -1)) ?? null : null);
  if (hit || !name.includes(' ')) return hit;
  // "der Internationalen Atomenergiebehörde": another inflection of the name's leading adjectives
  for (const v of adjectiveForms(name)) {
    const kv = nameKey(v);
    const h = table.get(kv) ?? (kv.length > 4 && kv.endsWith('s') ? table.get(kv.slice(0, -1)) : undefined);
    if (h) return h;
  }
  return null;
}

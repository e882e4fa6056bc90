/**
 * What an analysed article teaches the registry: every person with a full name (two or more words)
 * whose role came from an apposition in that article ("US-Außenministerin Jane Example"), whose
 * role is learnable (lexicons/registry/learnable-roles.tsv: offices, not "Vorgänger", "Kollege",
 * "Experte") and who has a country or sector becomes a learned fact with the article id and date,
 * the span of role plus name, and that text as evidence. Facts the registry already holds are not
 * learned again, so a corpus does not pile up repeats.
 *
 * Guards against learning a wrong name (docs/events.md, "What an article teaches"):
 * - the name is the full text of a mention of the person, or the registry's canonical name (never
 *   a name the article does not spell out);
 * - a name ending in a particle ("Alexander Van"), or a mention followed by a particle and a
 *   capitalised word ("Alexander Van | der Bellen") or glued to more letters or a hyphen, was cut
 *   short by the NER: nothing is learned (particles: lexicons/registry/name-particles.tsv);
 * - a genitive-stripped name ("Laurent Fabiu" from "Laurent Fabius") is learned only when the
 *   strip was a genitive (src/registry/genitive.ts: not when the written form is a known or seen name);
 *   otherwise the name as written is learned.
 *
 * @example
 * learnedFacts(doc, reg); // [{ name: 'Jane Example', country: 'USA', role: 'foreign minister', articleDate: '2025-03-03', ... }]
 */
import type { Mention } from '../contract/schema.js';
import { lexicon } from '../lang/lexicon.js';
import type { Doc } from '../doc/doc.js';
import type { RegistryFactIn } from '../store/registry-facts.js';
import { genitiveEnding } from './genitive.js';
import { nameKey } from './normalise.js';
import type { ActorRegistry } from './types.js';

let particles: Set<string> | undefined;
/** Lower-case name particles (lexicons/registry/name-particles.tsv). */
export function nameParticles(): Set<string> {
  return (particles ??= new Set(lexicon('registry', 'name-particles').map((r) => r[0].toLowerCase())));
}

let learnable: Map<string, boolean> | undefined;
/**
 * True when a normalised role teaches the registry (lexicons/registry/learnable-roles.tsv): the
 * longest listed tail of the role decides ("deputy foreign minister" → "foreign minister");
 * roles not listed teach nothing.
 */
export function learnableRole(role: string | null | undefined): boolean {
  if (!role) return false;
  learnable ??= new Map(lexicon('registry', 'learnable-roles').map((r) => [r[0].toLowerCase(), r[1] === 'yes']));
  const words = role.toLowerCase().trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const v = learnable.get(words.slice(i).join(' '));
    if (v !== undefined) return v;
  }
  return false;
}

/**
 * True when the NER cut the mention short: its last word is a particle, the next word is a
 * particle followed by a capitalised word ("Alexander Van" + "der Bellen"), or more letters or a
 * hyphen follow without a space ("Bashar al" + "-Assad").
 */
export function truncatedName(text: string, m: { start: number; end: number; text: string }): boolean {
  const P = nameParticles();
  const words = m.text.trim().split(/\s+/);
  if (P.has(words[words.length - 1].toLowerCase())) return true;
  const next = text[m.end];
  if (next !== undefined && /[\p{L}\p{M}\-‐]/u.test(next)) return true;
  const after = /^[ \u00a0]+(\S+)[ \u00a0]+(\S+)/u.exec(text.slice(m.end, m.end + 80));
  return !!after && P.has(after[1].toLowerCase()) && /^\p{Lu}/u.test(after[2]);
}

/**
 * The name to learn for person `name` whose role came with mention `m` (`all`: the person's
 * mentions), or null when it must not be learned (see the module comment).
 */
function nameToLearn(doc: Doc, name: string, m: Mention, all: Mention[], reg: ActorRegistry): string | null {
  if (truncatedName(doc.text, m)) return null;
  const key = nameKey(name);
  const spelled = all.filter((o) => nameKey(o.text.trim()) === key);
  if (spelled.length) return spelled.some((o) => truncatedName(doc.text, o)) ? null : name;
  if (reg.lookup(name)) return name; // the registry's canonical name
  // the actor's name is a mention with a genitive "s" (or "'s") taken off ("Laurent Fabiu")
  const from = all.find((o) => o.text.includes(' ') && nameKey(o.text.trim()).replace(/'?s$/, '') === key);
  if (!from) return null; // a name the article does not spell out
  const written = from.text.trim().replace(/\s+/g, ' ');
  return genitiveEnding(doc, written, from.end, reg) ? name : written;
}

/** Facts to learn from `doc` (source 'learned'), in actor order; none that `reg` already knows. */
export function learnedFacts(doc: Doc, reg: ActorRegistry): RegistryFactIn[] {
  const out: RegistryFactIn[] = [];
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));
  for (const a of doc.actors) {
    if (a.type !== 'PER' || !learnableRole(a.role) || (!a.sector && !a.country) || a.name.trim().split(/\s+/).length < 2) continue;
    // the first mention introduced by an apposition or role noun is the evidence
    let span: { start: number; end: number } | null = null;
    let from: Mention | null = null;
    for (const id of a.mentions) {
      const m = mentions.get(id);
      const info = doc.mentionInfo.get(id);
      if (!m || !info?.role || !info.roleSpan) continue;
      span = { start: Math.min(m.start, info.roleSpan.start), end: Math.max(m.end, info.roleSpan.end) };
      from = m;
      break;
    }
    if (!span || !from) continue;
    const all = a.mentions.map((id) => mentions.get(id)).filter((x): x is Mention => !!x);
    const name = nameToLearn(doc, a.name, from, all, reg);
    if (!name || name.split(' ').length < 2) continue;
    const fact: RegistryFactIn = {
      name, type: 'PER', country: a.country, sector: a.sector, role: a.role, source: 'learned',
      articleId: doc.id, articleDate: doc.date ?? null, span, evidence: doc.text.slice(span.start, span.end),
    };
    if (!addsSomething(fact, reg)) continue;
    out.push(fact);
  }
  return out;
}

/** True unless the registry already has an entry of that name holding every field the fact has. */
export function addsSomething(f: RegistryFactIn, reg: ActorRegistry): boolean {
  const e = reg.lookup(f.name);
  if (!e || e.type !== f.type) return true;
  return (['country', 'sector', 'role'] as const).some((k) => f[k] != null && e[k] == null);
}

/**
 * What an analysed article teaches the registry: every person with a full name (two or more words)
 * whose role came from an apposition in that article ("US-Außenministerin Jane Example") and who has
 * a sector (so not "Vorgänger", "Kollege": roles without a sector are relational or generic) becomes a
 * learned fact with the article id, the span of role plus name, and that text as evidence. Facts
 * the registry already holds are not learned again, so a corpus does not pile up repeats.
 *
 * @example
 * learnedFacts(doc, reg); // [{ name: 'Jane Example', country: 'USA', role: 'foreign minister', span: {...}, ... }]
 */
import type { Doc } from '../pipeline/doc.js';
import type { RegistryFactIn } from '../store/registry-facts.js';
import type { ActorRegistry } from './types.js';

/** Facts to learn from `doc` (source 'learned'), in actor order; none that `reg` already knows. */
export function learnedFacts(doc: Doc, reg: ActorRegistry): RegistryFactIn[] {
  const out: RegistryFactIn[] = [];
  const mentions = new Map(doc.mentions.map((m) => [m.id, m]));
  for (const a of doc.actors) {
    // a sector says the role is one the team classified (lexicons/registry/role-sectors.tsv, context):
    // relational or generic words ("Vorgänger", "Kollege", "Chef") teach nothing worth keeping
    if (a.type !== 'PER' || !a.role || !a.sector || a.name.trim().split(/\s+/).length < 2) continue;
    // the first mention introduced by an apposition or role noun is the evidence
    let span: { start: number; end: number } | null = null;
    for (const id of a.mentions) {
      const m = mentions.get(id);
      const info = doc.mentionInfo.get(id);
      if (!m || !info?.role || !info.roleSpan) continue;
      span = { start: Math.min(m.start, info.roleSpan.start), end: Math.max(m.end, info.roleSpan.end) };
      break;
    }
    if (!span) continue;
    const fact: RegistryFactIn = {
      name: a.name, type: 'PER', country: a.country, sector: a.sector, role: a.role, source: 'learned',
      articleId: doc.id, span, evidence: doc.text.slice(span.start, span.end),
    };
    if (!addsSomething(fact, reg)) continue;
    out.push(fact);
  }
  return out;
}

/** True unless the registry already has an entry of that name holding every field the fact has. */
function addsSomething(f: RegistryFactIn, reg: ActorRegistry): boolean {
  const e = reg.lookup(f.name);
  if (!e || e.type !== f.type) return true;
  return (['country', 'sector', 'role'] as const).some((k) => f[k] != null && e[k] == null);
}

/**
 * Synthetic news articles for tests and benchmarks of ingest: team-written sentence templates
 * filled with varying states, people, numbers and days, so that every article has a distinct
 * text. No text from ../shared.
 *
 * @example
 * writeFileSync('a.jsonl', syntheticArticles(1000).map((a) => JSON.stringify(a)).join('\n'));
 */
import type { ArticleIn } from '../contract/schema.js';

const STATES = [
  ['Deutschland', 'Berlin'], ['Frankreich', 'Paris'], ['Polen', 'Warschau'], ['China', 'Peking'],
  ['Japan', 'Tokio'], ['Brasilien', 'Brasília'], ['Kanada', 'Ottawa'], ['Indien', 'Neu-Delhi'],
  ['Italien', 'Rom'], ['Spanien', 'Madrid'], ['Norwegen', 'Oslo'], ['Mexiko', 'Mexiko-Stadt'],
];
const PEOPLE = ['Anna Keller', 'Jonas Brandt', 'Miriam Okafor', 'Lukas Wenger', 'Sofia Ruiz', 'Tomasz Nowak', 'Hana Sato', 'Pedro Lima'];
const ROLES = ['Außenministerin', 'Handelsminister', 'Regierungschefin', 'Verteidigungsminister', 'Wirtschaftsministerin'];
const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
const TEMPLATES = [
  'Die {role} von {s1}, {p1}, reiste am {day} nach {c2} und traf dort Vertreter der Regierung.',
  'Beide Seiten vereinbarten, die Zusammenarbeit im Energiebereich bis {year} auszubauen.',
  '{s1} kündigte an, Zölle von {n} Prozent auf Stahl aus {s2} zu erheben.',
  '"Wir erwarten faire Bedingungen für unsere Unternehmen", sagte {p1} nach dem Treffen.',
  'Die Regierung in {c2} wies die Vorwürfe zurück und sprach von einem Missverständnis.',
  '{p2} forderte {s1} auf, die Gespräche über ein Handelsabkommen fortzusetzen.',
  'Nach Angaben des Ministeriums sollen {n} Millionen Euro in gemeinsame Forschungsprojekte fließen.',
  'Beobachter in {c1} rechnen mit weiteren Verhandlungen im Herbst.',
  'Am Rande des Besuchs unterzeichneten die Delegationen {k} Absichtserklärungen.',
  '{s2} verhängte Sanktionen gegen {k} Unternehmen aus {s1}.',
  'Die Opposition in {c1} kritisierte das Vorgehen der Regierung als zu zögerlich.',
  'Ein Sprecher von {p2} sagte, man sei zu weiteren Gesprächen bereit.',
];

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct German articles of `sentences` sentences each (deterministic for a seed). */
export function syntheticArticles(n: number, sentences = 8, seed = 1): (ArticleIn & { id: string; text: string })[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const [s1, c1] = pick(STATES);
    let [s2, c2] = pick(STATES);
    if (s2 === s1) [s2, c2] = STATES[(STATES.findIndex((x) => x[0] === s1) + 1) % STATES.length];
    const fill = (t: string) => t
      .replace(/\{s1\}/g, s1).replace(/\{s2\}/g, s2).replace(/\{c1\}/g, c1).replace(/\{c2\}/g, c2)
      .replace(/\{p1\}/g, pick(PEOPLE)).replace(/\{p2\}/g, pick(PEOPLE)).replace(/\{role\}/g, pick(ROLES))
      .replace(/\{day\}/g, pick(DAYS)).replace(/\{year\}/g, String(2026 + Math.floor(r() * 5)))
      .replace(/\{n\}/g, String(5 + Math.floor(r() * 90))).replace(/\{k\}/g, String(2 + Math.floor(r() * 20)));
    const body = Array.from({ length: sentences }, () => fill(pick(TEMPLATES)));
    const day = 1 + (i % 28);
    return {
      id: `syn-${seed}-${i}`,
      lang: 'de',
      date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      title: `Meldung ${i}`,
      // the running number makes every text distinct even when the sentences repeat
      text: `Meldung ${i} aus ${c1}. ${body.join(' ')}`,
    };
  });
}

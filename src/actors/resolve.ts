/**
 * Groups co-referring mentions into actors and fills in name, type, country, sector and role.
 *
 * Rules (docs/events.md, "Actor resolution"):
 * - PER: the same full name, or a later surname alone ("Hegseth", genitive "Hegseths"), joins the
 *   earlier person; names the registry knows get its canonical name and facts.
 * - GPE: every name and demonym of one state ("USA", "US", "Vereinigten Staaten", "Amerikaner")
 *   is one actor; capitals ("Beijing", "Washington") are actors of their own with the state's
 *   country, sector GOV when used for the government ("die Regierung in Beijing", subject of a verb).
 * - ORG: same name (genitive stripped) is one actor; country and sector from the mention's facts,
 *   the registry, a country prefix ("US-Repräsentantenhaus") and sector nouns ("-Administration").
 * - role and sector of a person: the mention's apposition (mentionInfo.role), else the registry;
 *   "Amtskollege"/"counterpart" takes the role of the person it is the counterpart of.
 *
 * @example
 * resolveActors(doc); // sets doc.actors and mention.actor
 */
import type { Actor, EntityType, Mention } from '../contract/schema.js';
import type { Doc, MentionInfo } from '../doc/doc.js';
import { hasLexicon, lexicon } from '../lang/lexicon.js';
import { packOf } from '../lang/packs.js';
import { defaultRegistry } from '../registry/starter.js';
import type { ActorRegistry, RegistryEntry } from '../registry/types.js';
import { genitiveEnding } from '../registry/genitive.js';
import { internationalOrg } from '../registry/international.js';
import { adjectiveForms, nameKey, nameVariants, surnameKey } from '../registry/normalise.js';
import { capitalOf, countryDisplayName, countryOfDemonym, countryOfName, countryOfPrefix, hasDisplayName } from './countries.js';
import { sectorOfRole, sectorWord } from './sectors.js';
import { geocode } from '../events/places.js';
import { homePrefixed } from '../events/de/story.js';
import { optionalSet } from '../events/words.js';
import { previousWord, sentenceIndexAt, tokenIndexAt } from '../doc/spans.js';

const COUNTERPART = /^(counterpart|amtskollege|amtskollegin|kollege|kollegin)$/i;
const GOVERNMENT_BEFORE = new Set(['regierung', 'führung', 'government', 'leadership', 'administration']);

interface Draft {
  actor: Actor;
  entry: RegistryEntry | null;
  surname: string | null;
  keys: string[];
  /** a GPE actor already took its name from a mention */
  named?: boolean;
}

/** Options: the registry to consult (default: the starter registry; the actors stage passes its pipeline's). */
export interface ResolveOptions {
  registry?: ActorRegistry;
}

/** Builds doc.actors from doc.mentions and sets each mention's `actor`. */
export function resolveActors(doc: Doc, opts: ResolveOptions = {}): void {
  const reg = opts.registry ?? defaultRegistry();
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  let lastRoleHolder: { sentence: number; role: string; sector: string | null } | null = null;
  // where a person's role noun starts ("Secretary" in "U.S. Commerce Secretary Karen Example")
  const roleStarts = new Set<number>();
  for (const m of mentions) {
    const rs = m.type === 'PER' ? doc.mentionInfo.get(m.id)?.roleSpan : undefined;
    if (rs) roleStarts.add(rs.start);
  }

  const add = (m: Mention, key: string, make: () => Omit<Actor, 'id' | 'mentions'>, entry: RegistryEntry | null, surname: string | null): Draft => {
    let d = byKey.get(key);
    if (!d) {
      // a literal of all seven fields in the contract's order: every actor gets one hidden class
      // (as the events stage's own actors do), so the stages that read actors stay monomorphic
      // ("{ id, ...make() }" made another, and each later mix deoptimised its readers)
      const a = make();
      d = { actor: { id: `a${drafts.length + 1}`, name: a.name, type: a.type, country: a.country, sector: a.sector, role: a.role, mentions: [] }, entry, surname, keys: [key] };
      drafts.push(d);
      byKey.set(key, d);
    }
    d.actor.mentions.push(m.id);
    m.actor = d.actor.id;
    return d;
  };

  for (const m of mentions) {
    const info: MentionInfo = doc.mentionInfo.get(m.id) ?? {};
    const text = (info.canonical ?? m.text).trim();
    const sentence = sentenceIndexAt(doc, m.start);
    // a name the recogniser took for a person that the registry knows only as an organisation ("Fidesz
    // kritisierte ..."): the organisation (a person of that name would have a registry row of its own)
    if (m.type === 'PER' && !info.role && reg.lookup(text, { date: doc.date })?.type === 'ORG' && !reg.lookupSurname(text, { date: doc.date }).length) {
      resolveOrg(doc, m, info, text, reg, add);
      continue;
    }
    if (m.type === 'PER') {
      const d = resolvePerson(doc, m, info, text, reg, drafts, byKey, add);
      // an apposition role fills a person's role / sector if still open
      if (info.role && !COUNTERPART.test(info.role)) {
        d.actor.role ??= info.role;
        d.actor.sector ??= info.sector ?? sectorOfRole(info.role);
        lastRoleHolder = { sentence, role: info.role, sector: d.actor.sector };
      } else if (info.role && COUNTERPART.test(info.role) && lastRoleHolder && lastRoleHolder.sentence === sentence) {
        d.actor.role ??= lastRoleHolder.role;
        d.actor.sector ??= lastRoleHolder.sector;
      } else if (d.actor.role && !info.role && d.actor.mentions.length === 1) {
        lastRoleHolder = { sentence, role: d.actor.role, sector: d.actor.sector };
      }
      if (info.country) d.actor.country ??= info.country;
      if (info.sector) d.actor.sector ??= info.sector;
      continue;
    }
    // a truncated compound ("NATO- und afghanische Truppen", "US- und EU-Vertreter": the hyphen stands
    // for the head the next word shares) names its first part: the state or organisation
    const stem = truncatedStem(m.text);
    if (stem) {
      const pc = countryOfPrefix(`${stem}-x`);
      if (pc && pc !== 'IGO') add(m, `GPE:${pc}`, () => ({ name: countryDisplayName(pc, doc.lang), type: 'GPE', country: pc, sector: null, role: null }), null, null);
      else resolveOrg(doc, m, info, stem, reg, add);
      continue;
    }
    // demonyms and country prefixes ("chinesischen", "Amerikaner", "US-") stand for their state
    const demonymCountry = info.kind === 'demonym' || info.kind === 'prefix'
      ? info.country ?? countryOfDemonym(m.text) ?? countryOfPrefix(`${m.text}-x`) : null;
    if (m.type === 'GPE' || m.type === 'LOC' || (demonymCountry && demonymCountry !== 'IGO')) {
      resolvePlace(doc, m, info, text, add);
      continue;
    }
    if (departmentOfRole(doc, m, info, roleStarts, reg)) continue;
    resolveOrg(doc, m, info, text, reg, add);
  }
  // pushed into an array literal, not drafts.map(): V8 remembers the kind of a literal's elements
  // (objects), so a document without actors gets an array of the same kind, and the stages that read
  // doc.actors are not deoptimised by it (an empty map() result is a small-integer array)
  const actors: Actor[] = [];
  for (const d of drafts) actors.push(d.actor);
  doc.actors = actors;
  if (!actors.length) return;
  const actorById = new Map(doc.actors.map((a) => [a.id, a]));
  const byId = new Map(doc.mentions.map((m) => [m.id, m]));
  // an office in an international organisation ("ICTY-Chefankläger X", "der Präsident des
  // Jugoslawien-Tribunals, X"): an international official; a country the recogniser read off the
  // organisation's name ("Jugoslawien-") is none of the person's. The registry's country stays.
  for (const d of drafts) {
    const a = d.actor;
    if (a.type === 'PER' && !d.entry?.country && a.mentions.some((id) => titledInternational(doc, byId.get(id)))) { a.sector = 'IGO'; a.country = null; }
  }
  // (an international official takes no country from the words around)
  for (const a of doc.actors) if (a.type === 'PER' && a.sector !== 'IGO' && (!a.country || !a.sector)) fillFromContext(doc, a, actorById, byId);
  // an international official acts for the organisation, not the home country the recogniser's list
  // gives ("Ursula von der Leyen" DEU): no country, as the registry and the PLOVER export
  // (lexicons/plover/igo-codes.tsv) have it
  for (const a of doc.actors) if (a.type === 'PER' && a.sector === 'IGO') a.country = null;
}

/**
 * An international organisation's name among the three words before the person's mention (an
 * apposition's comma skipped), alone or with the words before it ("der Arabischen Liga, X").
 */
function titledInternational(doc: Doc, m: Mention | undefined): boolean {
  if (!m) return false;
  const i = tokenIndexAt(doc, m.start);
  const sentence = doc.tokens[i]?.sentence;
  let name = '';
  for (let j = i - 1, words = 0; j >= 0 && words < 3 && doc.tokens[j].sentence === sentence; j--) {
    const t = doc.tokens[j];
    if (t.kind !== 'word') { if (t.text === ',' && j === i - 1) continue; return false; }
    words++;
    name = name ? `${t.text} ${name}` : t.text;
    if (internationalTitle(t.text) || (words > 1 && internationalOrg(name))) return true;
  }
  return false;
}

/**
 * "die Sprecherin der Bundesregierung, Anna X", "the head of the Foreign Office, X": the organisation
 * named in the genitive of a title right before the comma that opens the person's apposition (its
 * article in lexicons/<lang>/event-genitive.tsv), as an actor; null when there is none.
 */
function titleOrganisation(doc: Doc, m: Mention, actorById: Map<string, Actor>): Actor | null {
  let i = tokenIndexAt(doc, m.start);
  // "…, Alpha Omar X": a first given name the recogniser left outside the name
  if (doc.tokens[i - 2]?.text === ',' && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[i - 1].text)) i--;
  const comma = doc.tokens[i - 1];
  if (!comma || comma.text !== ',') return null;
  // "der Afrikanischen Union (AU), X": the organisation's abbreviation in brackets stands between
  let end = comma.start;
  const close = doc.tokens[i - 2];
  if (close?.text === ')' && doc.tokens[i - 4]?.text === '(' && doc.tokens[i - 5] && /^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(doc.tokens[i - 3].text)) end = doc.tokens[i - 5].end;
  // "der Sondergesandte der Vereinten Nationen für Syrien, X": the office's remit (lexicons/<lang>/actor-title-remit.tsv)
  // (at most three words) stands between the organisation and the comma
  else {
    const remit = optionalSet(doc.lang, 'actor-title-remit');
    for (let j = i - 2, words = 0; j > 0 && words < 3 && doc.tokens[j].kind === 'word'; j--, words++) {
      if (remit.has(doc.tokens[j].text.toLowerCase())) { end = doc.tokens[j - 1].end; break; }
    }
  }
  const org = mentionsWithin(doc, Math.max(0, end - 80), end).filter((o) => o.end === end).pop();
  const oa = org?.actor ? actorById.get(org.actor) : undefined;
  if (!org || !oa || oa.type !== 'ORG') return null;
  const before = doc.tokens[tokenIndexAt(doc, org.start) - 1];
  return before && genitiveArticles(doc.lang).has(before.text.toLowerCase()) ? oa : null;
}

const DETERMINERS = new Map<string, Set<string>>();
/** Articles and determiners of lexicons/<lang>/determiners.tsv (lower case). */
function determiners(lang: string): Set<string> {
  let d = DETERMINERS.get(lang);
  if (!d) DETERMINERS.set(lang, (d = hasLexicon(lang, 'determiners') ? new Set(lexicon(lang, 'determiners').map((r) => r[0].toLowerCase())) : new Set()));
  return d;
}
const GENITIVES = new Map<string, Set<string>>();
/** Articles opening a genitive after a noun, lexicons/<lang>/event-genitive.tsv ("des", "der"). */
function genitiveArticles(lang: string): Set<string> {
  let d = GENITIVES.get(lang);
  if (!d) GENITIVES.set(lang, (d = hasLexicon(lang, 'event-genitive') ? new Set(lexicon(lang, 'event-genitive').map((r) => r[0].toLowerCase())) : new Set()));
  return d;
}

/**
 * "Commerce" in "U.S. Commerce Secretary Karen Example", "Energy" in "Energy Minister X": a single
 * word the NER guessed as an organisation right before a person's role noun is part of the title,
 * not an actor of its own (it would become a source or target "Commerce"). Names the registry or a
 * gazetteer knows ("NATO Secretary General ...") stay actors. The mention keeps its NER type, with
 * no actor.
 */
function departmentOfRole(doc: Doc, m: Mention, info: MentionInfo, roleStarts: Set<number>, reg: ActorRegistry): boolean {
  if (m.type !== 'ORG' || info.kind === 'gazetteer' || /[\s-]/.test(m.text.trim())) return false;
  let k = m.end;
  while (k < doc.text.length && (doc.text[k] === ' ' || doc.text[k] === '\u00a0')) k++;
  if (k === m.end || !roleStarts.has(k)) return false;
  return !reg.lookup(m.text, { date: doc.date });
}

/**
 * A person without country or sector takes them from the words before the first mention:
 * a country prefix or demonym ("US-Präsident", "chinesischen Amtskollegen"), an organisation
 * inside the apposition ("ein Ex-Pentagon-Beamter") or a sector noun ("Beamter").
 */
function fillFromContext(doc: Doc, a: Actor, actorById: Map<string, Actor>, byId: Map<string, Mention>): void {
  for (const m of a.mentions) {
    const men = byId.get(m);
    if (!men) continue;
    const info = doc.mentionInfo.get(m);
    const i = tokenIndexAt(doc, men.start);
    for (let k = 1; k <= 3 && (!a.country || !a.sector); k++) {
      const w = previousWord(doc, i - k + 1);
      if (!w) break;
      // a state's name counts only before a title ("U.S. Commerce Secretary X"), not right before the name ("in Beijing X")
      const c = countryOfPrefix(w.text) ?? countryOfDemonym(w.text) ?? (k > 1 ? stateMentionCountry(doc, w, actorById) : null);
      if (c && c !== 'IGO') a.country ??= c;
      const last = afterLastHyphen(w.text);
      const sw = sectorWord(doc.lang, last);
      if (sw && !a.sector) a.sector = sw.sector;
    }
    // "Bundesinnenministerin X": a federal title (lexicons/<lang>/event-home-prefixes.tsv) is of the
    // news' home country when no state was named before the name
    if (!a.country) {
      const w = previousWord(doc, i);
      const home = w ? homePrefixed(doc.lang, w.text.toLowerCase()) : null;
      if (home) a.country = home;
    }
    if (info?.roleSpan && (!a.country || !a.sector)) {
      for (const other of mentionsWithin(doc, info.roleSpan.start, info.roleSpan.end)) {
        if (other.id === m || !other.actor) continue;
        const oa = actorById.get(other.actor);
        if (oa && oa.type !== 'PER') { a.country ??= oa.country; a.sector ??= oa.sector; }
      }
    }
    if (a.country && a.sector) return;
    // the organisation of a title before the name: "die Sprecherin der Bundesregierung, Anna X"
    const org = titleOrganisation(doc, men, actorById);
    if (org) { a.country ??= org.country; a.sector ??= org.sector; }
    if (a.country && a.sector) return;
    // apposition after the name: "Chad Sbragia, ein Ex-Pentagon-Beamter"; where nouns are capitalised,
    // a lower-case word after the comma that is no article is the clause's predicate ("X, kritisierte
    // Russland"), not an apposition
    const after = tokenIndexAt(doc, men.end);
    const opener = doc.tokens[after + 1];
    const predicate = !!opener && packOf(doc.lang).grammar.capitalisedNouns && /^\p{Ll}/u.test(opener.text) && !determiners(doc.lang).has(opener.text.toLowerCase());
    if (doc.tokens[after]?.text === ',' && !predicate) {
      for (let k = after + 1; k < after + 7 && k < doc.tokens.length; k++) {
        const t = doc.tokens[k];
        if (t.kind === 'punct' || t.sentence !== doc.tokens[after].sentence) break;
        for (const other of mentionsWithin(doc, t.start, t.end)) {
          if (!other.actor) continue;
          const oa = actorById.get(other.actor);
          if (oa && oa.type !== 'PER') { a.country ??= oa.country; a.sector ??= oa.sector; }
        }
        const c = countryOfPrefix(t.text);
        if (c && c !== 'IGO') a.country ??= c;
        const sw = sectorWord(doc.lang, afterLastHyphen(t.text));
        if (sw && /^[A-ZÄÖÜ]/.test(t.text)) a.sector ??= sw.sector;
      }
    }
    if (a.country && a.sector) return;
  }
}

/** What text.split('-').pop() gives (the text after its last hyphen, all of it without one), without the array. */
function afterLastHyphen(text: string): string {
  const h = text.lastIndexOf('-');
  return h < 0 ? text : text.slice(h + 1);
}

/**
 * True when a word before a person names an international organisation: the organisation itself
 * ("Jugoslawien-Tribunals", "ICTY") or as a compound's first part ("ICTY-Chefankläger",
 * "UNHCR-Sprecherin"); lexicons/registry/international.tsv.
 */
export function internationalTitle(word: string): boolean {
  const w = word.replace(/[,;:]$/, '');
  if (internationalOrg(w)) return true;
  const i = w.indexOf('-');
  // ("UN-Sondergesandte", "AU-Kommissionspräsident": the prefix of an international organisation, lexicons/registry/countries.tsv)
  return i > 1 && (!!internationalOrg(w.slice(0, i)) || countryOfPrefix(w) === 'IGO');
}

/** The country of a state's mention covering word `w` ("U.S." in "U.S. Commerce Secretary"), else null. */
function stateMentionCountry(doc: Doc, w: { start: number; end: number }, actorById: Map<string, Actor>): string | null {
  for (const other of mentionsWithin(doc, w.start, w.end)) {
    const oa = other.actor ? actorById.get(other.actor) : undefined;
    if (oa && oa.type === 'GPE' && oa.country) return oa.country;
  }
  return null;
}

type Add = (m: Mention, key: string, make: () => Omit<Actor, 'id' | 'mentions'>, entry: RegistryEntry | null, surname: string | null) => Draft;

function resolvePerson(
  doc: Doc, m: Mention, info: MentionInfo, text: string, reg: ActorRegistry,
  drafts: Draft[], byKey: Map<string, Draft>, add: Add,
): Draft {
  const variants = nameVariants(text);
  // 1. the same name (or its genitive) seen before
  for (const v of variants) {
    const d = byKey.get(`PER:${v}`);
    if (d) return add(m, `PER:${v}`, () => d.actor, d.entry, d.surname);
  }
  // 2. a single word that is the surname of an earlier person (latest first)
  if (!text.includes(' ')) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i];
      if (d.actor.type === 'PER' && d.surname && variants.includes(d.surname)) {
        return add(m, d.keys[0], () => d.actor, d.entry, d.surname);
      }
    }
  }
  // 3. the registry (name, alias, or unique surname in office)
  let entry = reg.lookup(text, { date: doc.date });
  if (!entry && !text.includes(' ')) {
    const hits = reg.lookupSurname(text, { date: doc.date });
    if (hits.length === 1) entry = hits[0];
  }
  if (entry && entry.type !== 'PER') entry = null;
  const name = entry?.name ?? stripGenitive(doc, m, text, variants, reg);
  const key = `PER:${nameKey(name)}`;
  const existing = byKey.get(key);
  if (existing) return add(m, key, () => existing.actor, existing.entry, existing.surname);
  const d = add(m, key, () => ({
    name,
    type: 'PER' as EntityType,
    country: info.country ?? entry?.country ?? null,
    // the curated registry sector wins over one guessed from a role noun ("der Demokrat" → PTY)
    sector: entry?.sector ?? null,
    // the article's own apposition wins over the registry's role (the caller sets it)
    role: info.role ? null : entry?.role ?? null,
  }), entry, name.includes(' ') ? surnameKey(name) : null);
  for (const a of entry?.aliases ?? []) byKey.set(`PER:${nameKey(a)}`, d);
  return d;
}

function stripGenitive(doc: Doc, m: Mention, text: string, variants: string[], reg: ActorRegistry): string {
  // keep the text as written unless it ends in a genitive s on a multi-word name ("Pete Hegseths"),
  // not the s of a name ("Laurent Fabius"): src/registry/genitive.ts decides, as for learning
  if (text.includes(' ') && variants.length > 1 && /s$/.test(text) && !/ss$/.test(text) && genitiveEnding(doc, text, m.end, reg)) return text.slice(0, -1);
  return text;
}

function resolvePlace(doc: Doc, m: Mention, info: MentionInfo, text: string, add: Add): void {
  const cap = capitalOf(m.text) ?? capitalOf(text);
  if (cap) {
    const d = add(m, `CAP:${cap.name}`, () => ({ name: cap.name, type: 'GPE', country: cap.country, sector: null, role: null }), null, null);
    if (usedForGovernment(doc, m)) { d.actor.sector = 'GOV'; d.actor.role ??= 'government'; }
    return;
  }
  const country = countryOfName(text, doc.lang) ?? countryOfName(m.text, doc.lang)
    ?? (info.kind === 'demonym' || info.kind === 'prefix' ? info.country ?? countryOfDemonym(m.text) ?? countryOfPrefix(m.text) : null)
    ?? (m.type === 'GPE' ? info.country ?? null : null);
  if (country && country !== 'IGO' && (m.type === 'GPE' || info.kind === 'demonym' || info.kind === 'prefix' || countryOfName(text, doc.lang))) {
    const isName = info.kind !== 'demonym' && info.kind !== 'prefix' && countryOfName(m.text, doc.lang) === country;
    const d = add(m, `GPE:${country}`, () => ({ name: countryDisplayName(country, doc.lang), type: 'GPE', country, sector: null, role: null }), null, null);
    // a state is called as the article first names it ("Russland", "Syrien"), unless a display name is fixed ("USA")
    if (isName && !d.named && !hasDisplayName(country)) d.actor.name = m.text;
    if (isName) d.named = true;
    return;
  }
  const key = `${m.type}:${nameKey(m.text)}`;
  add(m, key, () => ({ name: m.text, type: m.type, country: info.country ?? townAdjectiveCountry(m.text, doc.lang), sector: null, role: null }), null, null);
}

/**
 * German names opening with a town's adjective in "-er" ("Bochumer Polizei", "Wiener
 * Staatsanwaltschaft", "Mülheimer Straße"): the country of the town (its name with "-er" taken off,
 * or with "-en" for "Bremer"), when the gazetteer places it; else null. The town's adjective is
 * undeclined, so only names of two or more words whose first word is capitalised and ends in "-er".
 */
export function townAdjectiveCountry(text: string, lang: string): string | null {
  if (lang !== 'de') return null;
  const m = /^(\p{Lu}\p{Ll}{3,})er\s\S/u.exec(text);
  if (!m) return null;
  return geocode(m[1], lang).country ?? geocode(`${m[1]}en`, lang).country;
}

/** "die Regierung in Beijing", "the government in Washington": the capital stands for the government. */
function usedForGovernment(doc: Doc, m: Mention): boolean {
  const i = tokenIndexAt(doc, m.start);
  const p1 = previousWord(doc, i);
  if (!p1 || !/^(in|of|aus)$/i.test(p1.text)) return false;
  const p2 = previousWord(doc, i - 1);
  return !!p2 && GOVERNMENT_BEFORE.has(p2.text.toLowerCase());
}

function resolveOrg(doc: Doc, m: Mention, info: MentionInfo, text: string, reg: ActorRegistry, add: Add): void {
  let entry: RegistryEntry | null = null;
  for (const v of new Set([m.text, text])) { entry = reg.lookup(v, { date: doc.date }); if (entry) break; }
  // "US-Repräsentantenhaus": country from the prefix, the rest looked up on its own
  const prefixCountry = countryOfPrefix(text);
  if (!entry && prefixCountry) entry = reg.lookup(text.slice(text.indexOf('-') + 1), { date: doc.date });
  // "der Afrikanischen Union": the registry lists the nominative ("Afrikanische Union")
  if (!entry && doc.lang === 'de') for (const v of adjectiveForms(text)) { entry = reg.lookup(v, { date: doc.date }); if (entry) break; }
  const name = entry?.name ?? m.text;
  const key = `${m.type === 'MISC' ? 'MISC' : 'ORG'}:${nameKey(name)}`;
  add(m, key, () => {
    const sw = sectorWord(doc.lang, lastWordOf(text));
    const before = previousWord(doc, tokenIndexAt(doc, m.start));
    const swBefore = before ? sectorWord(doc.lang, before.text) : null;
    let country = info.country ?? entry?.country ?? (prefixCountry && prefixCountry !== 'IGO' ? prefixCountry : null);
    // "Biden-Administration": the person before the hyphen tells the country
    if (!country && text.includes('-')) {
      const head = reg.lookup(text.slice(0, text.indexOf('-')), { date: null });
      if (head?.country) country = head.country;
      else if (head === null) {
        const hits = reg.lookupSurname(text.slice(0, text.indexOf('-')));
        if (hits.length === 1) country = hits[0].country;
      }
    }
    if (!country && before) {
      const c = countryOfPrefix(before.text) ?? countryOfDemonym(before.text);
      if (c && c !== 'IGO') country = c;
    }
    // "die Bochumer Polizei": the town's adjective names the country
    if (!country && !entry) country = townAdjectiveCountry(text, doc.lang);
    // an international court, NGO or mission (lexicons/registry/international.tsv) has no home country
    const intl = internationalOrg(name) ?? internationalOrg(text);
    const sector = entry?.sector ?? info.sector ?? (prefixCountry === 'IGO' ? 'IGO' : null) ?? intl?.sector ?? sw?.sector ?? swBefore?.sector ?? null;
    // (a name the recogniser took for a person comes here only when the registry knows it as an organisation)
    return { name, type: m.type === 'MISC' ? 'MISC' : m.type === 'PER' ? 'ORG' : (m.type as EntityType), country: sector === 'IGO' || intl ? null : country, sector, role: null };
  }, entry, null);
}

/** Mentions lying within [start, end) (doc.mentions is sorted by start by the mentions stage). */
const sortedMentions = new WeakMap<Doc, Mention[]>();
function mentionsWithin(doc: Doc, start: number, end: number): Mention[] {
  let ms = sortedMentions.get(doc);
  if (!ms) { ms = [...doc.mentions].sort((a, b) => a.start - b.start); sortedMentions.set(doc, ms); }
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < ms.length && ms[k].start < end; k++) if (ms[k].end <= end) out.push(ms[k]);
  return out;
}

/** "NATO-" → "NATO": the first part of a truncated compound (a name ending in a hyphen), else null. */
export function truncatedStem(text: string): string | null {
  return /^[\p{L}\d][\p{L}\d.]*-$/u.test(text) ? text.slice(0, -1) : null;
}

function lastWordOf(text: string): string {
  const parts = text.split(/[\s-]+/);
  return parts[parts.length - 1];
}

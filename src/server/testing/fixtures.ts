/**
 * Builds contract Results from a compact description, for tests of the API and the dashboard:
 * spans are found by substring, the evidence is the sentence around the trigger. The texts are
 * written by the team for tests.
 *
 * @example
 * const r = makeResult({ id: 'x', date: '2025-09-01', text: 'Merz besuchte Paris.',
 *   actors: [{ name: 'Merz', country: 'DEU' }, { name: 'Paris', country: 'FRA', type: 'GPE' }],
 *   events: [{ type: 'CONSULT', source: 'Merz', target: 'Paris', trigger: 'besuchte' }] });
 */
import type { EntityType, EventStatus, PloverType, Result } from '../../contract/schema.js';

export interface FixtureSpec {
  id: string;
  text: string;
  date: string | null;
  lang?: 'de' | 'en';
  title?: string | null;
  actors: { name: string; country: string | null; type?: EntityType; role?: string }[];
  events?: {
    type: PloverType; source: string; target: string; trigger: string;
    status?: EventStatus; score?: number; date?: string; place?: { name: string; country: string; lat: number; lon: number };
    /** the engine's confidence (0..1); with it the event also says its date comes from the text */
    confidence?: number;
  }[];
  quotes?: { text: string; speaker: string; type?: 'direct' | 'indirect' }[];
}

function span(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

function sentenceAround(text: string, at: number) {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const dot = text.indexOf('.', at);
  return { start: start === 1 ? 0 : start, end: dot < 0 ? text.length : dot + 1 };
}

/** Makes a contract Result from the spec. */
export function makeResult(s: FixtureSpec): Result {
  const text = s.text;
  const mentions: Result['mentions'] = [];
  const actors: Result['actors'] = s.actors.map((a, i) => {
    const id = `a${i + 1}`;
    const m = span(text, a.name);
    const mid = `m${mentions.length + 1}`;
    mentions.push({ id: mid, ...m, type: a.type ?? 'PER', actor: id });
    return { id, name: a.name, type: a.type ?? 'PER', country: a.country, sector: 'GOV', role: a.role ?? null, mentions: [mid] };
  });
  const actorId = (name: string) => actors.find((a) => a.name === name)?.id ?? 'a1';
  const quotes: Result['quotes'] = (s.quotes ?? []).map((q, i) => {
    const sp = span(text, q.text);
    return {
      id: `q${i + 1}`, type: q.type ?? 'direct', spans: [{ start: sp.start, end: sp.end }], text: q.text,
      cue: null, speaker: span(text, q.speaker), speakerActor: actorId(q.speaker),
    };
  });
  const events: Result['events'] = (s.events ?? []).map((e, i) => {
    const trig = span(text, e.trigger);
    const src = s.actors.find((a) => a.name === e.source);
    const tgt = s.actors.find((a) => a.name === e.target);
    return {
      id: `e${i + 1}`, type: e.type, mode: null, context: [], source: [actorId(e.source)], target: [actorId(e.target)],
      sourceCountry: src?.country ?? null, targetCountry: tgt?.country ?? null, date: e.date ?? s.date, dateText: null,
      place: e.place ?? null, status: e.status ?? 'asserted', score: e.score ?? 1, trigger: trig,
      evidence: sentenceAround(text, trig.start), quote: null,
      ...(e.confidence === undefined ? {} : { confidence: e.confidence, dateBasis: 'text' as const }),
    };
  });
  const dates: Result['dates'] = [];
  const dm = /\b(am )?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Monday|Tuesday|Wednesday|Thursday|Friday)\b/.exec(text);
  if (dm && s.date) dates.push({ start: dm.index, end: dm.index + dm[0].length, text: dm[0], value: s.date });
  const amounts: Result['amounts'] = [];
  const am = /\b\d+ (Prozent|percent)\b/.exec(text);
  if (am) amounts.push({ start: am.index, end: am.index + am[0].length, text: am[0], value: Number.parseInt(am[0], 10), unit: '%' });
  return {
    id: s.id, lang: s.lang ?? 'de', date: s.date, title: s.title ?? null, text, header: null,
    sentences: [{ start: 0, end: text.length }], mentions, actors, quotes, events, dates, amounts, diagnostics: [],
  };
}

/** Three small articles over two weeks: USA–CHN (most events) and DEU–FRA. */
export const FIXTURES: FixtureSpec[] = [
  {
    id: 'fx-1', date: '2025-09-12', title: 'Telefonat zwischen Washington und Peking',
    text: 'Präsident Miller telefonierte am Freitag mit Präsident Zhou. Miller sagte: »Das war ein gutes Gespräch.« Zugleich drohte Miller mit Zöllen von 20 Prozent.',
    actors: [{ name: 'Miller', country: 'USA', role: 'president' }, { name: 'Zhou', country: 'CHN', role: 'president' }],
    events: [
      { type: 'CONSULT', source: 'Miller', target: 'Zhou', trigger: 'telefonierte', score: 1, confidence: 0.9, place: { name: 'Washington', country: 'USA', lat: 38.9, lon: -77.04 } },
      { type: 'THREATEN', source: 'Miller', target: 'Zhou', trigger: 'drohte', score: -4.4, confidence: 0.35 },
    ],
    quotes: [{ text: 'Das war ein gutes Gespräch.', speaker: 'Miller' }],
  },
  {
    id: 'fx-2', date: '2025-09-24', lang: 'en', title: 'Beijing visit planned',
    text: 'Secretary Ward will visit Beijing next month. Minister Chen said China welcomed the plan. Beijing accused Washington of unfair tariffs.',
    actors: [{ name: 'Ward', country: 'USA' }, { name: 'Chen', country: 'CHN' }, { name: 'Washington', country: 'USA', type: 'GPE' }, { name: 'Beijing', country: 'CHN', type: 'GPE' }],
    events: [
      { type: 'CONSULT', source: 'Ward', target: 'Beijing', trigger: 'will visit', status: 'planned', score: 1 },
      { type: 'ACCUSE', source: 'Beijing', target: 'Washington', trigger: 'accused', score: -2, confidence: 0.4, place: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 } },
    ],
    quotes: [{ text: 'China welcomed the plan', speaker: 'Chen', type: 'indirect' }],
  },
  {
    id: 'fx-3', date: '2025-09-25', title: 'Merz in Paris',
    text: 'Kanzler Merz traf am Donnerstag Präsident Laurent in Paris. Beide vereinbarten ein Abkommen über Stromleitungen.',
    actors: [{ name: 'Merz', country: 'DEU', role: 'chancellor' }, { name: 'Laurent', country: 'FRA' }],
    events: [{ type: 'AGREE', source: 'Merz', target: 'Laurent', trigger: 'vereinbarten', score: 3, confidence: 0.95, place: { name: 'Paris', country: 'FRA', lat: 48.86, lon: 2.35 } }],
  },
];

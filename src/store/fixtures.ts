/**
 * Test articles and hand-built contract results for the store suite, the ingest and export
 * tests. All texts are written by the Lagebild team for these tests (invented states' business
 * as usual between real country codes); no text comes from ../shared.
 *
 * @example
 * const r = resultFor(ARTICLES.visit, [ev('CONSULT', 'reiste', 'DEU', 'FRA', { date: '2025-09-25' })]);
 */
import type { ArticleIn, Actor, Event, Quote, Result } from '../contract/schema.js';
import { langOr } from '../lang/packs.js';

/** Small articles with known content. */
export const ARTICLES = {
  visit: {
    id: 'fx-visit', lang: 'de', date: '2025-09-25', title: 'Außenministerin in Paris',
    text: 'Die deutsche Außenministerin reiste am Donnerstag nach Paris. Dort traf sie ihren französischen Amtskollegen zu Gesprächen über Energiefragen. "Wir stehen fest an der Seite Frankreichs", sagte die Ministerin nach dem Treffen.',
  },
  tariffs: {
    id: 'fx-tariffs', lang: 'en', date: '2025-10-02', title: 'Washington raises tariffs',
    text: 'The United States imposed new tariffs on Chinese steel on Wednesday. Beijing accused Washington of economic coercion and threatened countermeasures. "This is a grave mistake," a Chinese spokesman said in a statement.',
  },
  talks: {
    id: 'fx-talks', lang: 'en', date: '2025-10-09', title: 'Phone call',
    text: 'The American and Chinese presidents spoke by phone on Thursday. Both sides agreed to resume trade talks next month. The White House did not announce sanctions, officials said.',
  },
  strike: {
    id: 'fx-strike', lang: 'de', date: '2025-10-08', title: 'Angriffe in der Nacht',
    text: 'Russland griff in der Nacht zum Mittwoch mehrere Städte der Ukraine mit Drohnen an. Kiew forderte von den Verbündeten mehr Luftabwehr. "Wir brauchen jetzt Hilfe", sagte ein Sprecher der Regierung in Kiew.',
  },
} satisfies Record<string, ArticleIn & { id: string; text: string; date: string }>;

type EvOpts = Partial<Pick<Event, 'date' | 'mode' | 'status' | 'score' | 'quote' | 'place'>> & {
  source?: string[];
  target?: string[];
};

/** An event with spans found in `text`: the trigger is the first occurrence of `trigger`, the evidence its sentence. */
export function ev(
  text: string, id: string, type: Event['type'], trigger: string, sourceCountry: string | null,
  targetCountry: string | null, o: EvOpts = {},
): Event {
  const start = text.indexOf(trigger);
  if (start < 0) throw new Error(`fixture: trigger "${trigger}" not in text`);
  const sStart = Math.max(0, text.lastIndexOf('. ', start) + (text.lastIndexOf('. ', start) < 0 ? 0 : 2));
  const dot = text.indexOf('.', start);
  const sEnd = dot < 0 ? text.length : dot + 1;
  return {
    id, type, mode: o.mode ?? null, context: [], source: o.source ?? [], target: o.target ?? [],
    sourceCountry, targetCountry, date: o.date ?? null, dateText: null, place: o.place ?? null,
    status: o.status ?? 'asserted', score: o.score ?? 0,
    trigger: { start, end: start + trigger.length, text: trigger },
    evidence: { start: sStart, end: sEnd }, quote: o.quote ?? null,
  };
}

/** A quote whose text is the first occurrence of `said` (between quotation marks or not). */
export function qt(text: string, id: string, said: string, speakerText: string | null, speakerActor: string | null): Quote {
  const start = text.indexOf(said);
  if (start < 0) throw new Error(`fixture: quote "${said}" not in text`);
  const sp = speakerText ? text.indexOf(speakerText) : -1;
  return {
    id, type: 'direct', spans: [{ start, end: start + said.length }], text: said, cue: null,
    speaker: sp >= 0 && speakerText ? { start: sp, end: sp + speakerText.length, text: speakerText } : null,
    speakerActor,
  };
}

/** An actor. */
export function ac(id: string, name: string, type: Actor['type'], country: string | null, sector: string | null, role: string | null, mentions = 1): Actor {
  return { id, name, type, country, sector, role, mentions: Array.from({ length: mentions }, (_, i) => `m${id}-${i}`) };
}

/** A valid Result for an article with the given layers. */
export function resultFor(
  article: ArticleIn & { text: string },
  layers: { events?: Event[]; quotes?: Quote[]; actors?: Actor[] } = {},
): Result {
  return {
    id: article.id ?? 'x', lang: langOr(article.lang, 'de'), date: article.date ?? null,
    title: article.title ?? null, text: article.text, header: null, sentences: [{ start: 0, end: article.text.length }],
    mentions: [], actors: layers.actors ?? [], quotes: layers.quotes ?? [], events: layers.events ?? [],
    dates: [], amounts: [], diagnostics: [], url: article.url ?? null, source: article.source ?? null,
  };
}

/** Results for the ARTICLES with the layers the store suite checks. */
export function fixtureResults(): Record<keyof typeof ARTICLES, Result> {
  const v = ARTICLES.visit.text, t = ARTICLES.tariffs.text, k = ARTICLES.talks.text, s = ARTICLES.strike.text;
  return {
    visit: resultFor(ARTICLES.visit, {
      actors: [ac('a1', 'Annalena Beispiel', 'PER', 'DEU', 'GOV', 'Außenministerin', 3), ac('a2', 'Frankreich', 'GPE', 'FRA', null, null)],
      quotes: [qt(v, 'q1', 'Wir stehen fest an der Seite Frankreichs', 'die Ministerin', 'a1')],
      events: [
        ev(v, 'e1', 'CONSULT', 'reiste', 'DEU', 'FRA', { date: '2025-09-25', mode: 'visit', score: 1, source: ['a1'], target: ['a2'] }),
        ev(v, 'e2', 'SUPPORT', 'stehen fest an der Seite', 'DEU', 'FRA', { score: 3.5, quote: 'q1', source: ['a1'], target: ['a2'] }),
      ],
    }),
    tariffs: resultFor(ARTICLES.tariffs, {
      actors: [ac('a1', 'United States', 'GPE', 'USA', 'GOV', null, 2), ac('a2', 'China', 'GPE', 'CHN', 'GOV', 'spokesman', 2)],
      quotes: [qt(t, 'q1', 'This is a grave mistake', 'a Chinese spokesman', 'a2')],
      events: [
        ev(t, 'e1', 'SANCTION', 'imposed new tariffs', 'USA', 'CHN', { date: '2025-10-01', score: -6, source: ['a1'], target: ['a2'] }),
        ev(t, 'e2', 'ACCUSE', 'accused', 'CHN', 'USA', { score: -2, source: ['a2'], target: ['a1'] }),
        ev(t, 'e3', 'THREATEN', 'threatened countermeasures', 'CHN', 'USA', { status: 'planned', score: -4, source: ['a2'], target: ['a1'] }),
      ],
    }),
    talks: resultFor(ARTICLES.talks, {
      actors: [ac('a1', 'United States', 'GPE', 'USA', 'GOV', 'president'), ac('a2', 'China', 'GPE', 'CHN', 'GOV', 'president')],
      events: [
        ev(k, 'e1', 'CONSULT', 'spoke by phone', 'USA', 'CHN', { date: '2025-10-09', mode: 'phone', score: 1, source: ['a1'], target: ['a2'] }),
        ev(k, 'e2', 'AGREE', 'agreed to resume trade talks', 'USA', 'CHN', { status: 'planned', score: 3, source: ['a1'], target: ['a2'] }),
        ev(k, 'e3', 'SANCTION', 'did not announce sanctions', 'USA', 'CHN', { status: 'negated', score: -6, source: ['a1'], target: ['a2'] }),
      ],
    }),
    strike: resultFor(ARTICLES.strike, {
      actors: [ac('a1', 'Russland', 'GPE', 'RUS', 'MIL', null), ac('a2', 'Ukraine', 'GPE', 'UKR', 'GOV', 'Sprecher', 2)],
      quotes: [qt(s, 'q1', 'Wir brauchen jetzt Hilfe', 'ein Sprecher der Regierung', 'a2')],
      events: [
        ev(s, 'e1', 'ASSAULT', 'griff', 'RUS', 'UKR', { date: '2025-10-08', score: -9, source: ['a1'], target: ['a2'] }),
        ev(s, 'e2', 'REQUEST', 'forderte', 'UKR', null, { score: -1, source: ['a2'] }),
      ],
    }),
  };
}

/** A longer agency story (team-written) and the ways copies of it differ on other sites. */
export const STORY = [
  'Die Regierung in Washington hat am Dienstag neue Zölle auf Elektroautos aus China angekündigt.',
  'Nach Angaben des Handelsministeriums sollen die Abgaben von Anfang November an gelten und schrittweise steigen.',
  'Peking reagierte umgehend und kündigte Gegenmaßnahmen gegen amerikanische Agrarprodukte an.',
  'Ein Sprecher des chinesischen Außenministeriums sprach von einem Rückfall in alte Muster des Protektionismus.',
  'Wirtschaftsverbände auf beiden Seiten warnten vor steigenden Preisen für Verbraucher und vor Schäden für die Lieferketten.',
  'Beobachter erwarten, dass die Präsidenten beider Länder das Thema bei ihrem geplanten Treffen im Dezember ansprechen werden.',
].join(' ');

const HEADERS = ['', 'Washington (Agentur) - ', 'WASHINGTON. ', 'Von unserer Korrespondentin in Washington. ', 'Eilmeldung: '];
const EDITS: [string, string][] = [
  ['Dienstag', 'Montag'], ['angekündigt', 'verkündet'], ['umgehend', 'prompt'], ['warnten', 'mahnten'],
  ['steigenden Preisen', 'höheren Preisen'], ['Beobachter', 'Fachleute'], ['Agrarprodukte', 'Agrarerzeugnisse'],
  ['schrittweise', 'stufenweise'], ['Rückfall', 'Rückschritt'], ['geplanten', 'angekündigten'],
];
const EXTRA = [
  '',
  'Die Börsen in Asien reagierten mit leichten Verlusten.',
  'Eine Stellungnahme der Europäischen Kommission lag zunächst nicht vor.',
  'Mehr dazu lesen Sie im Wirtschaftsteil.',
];

/** `n` copies of STORY, each with a different header, one or two changed words and maybe an added sentence. */
export function storyCopies(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    let body = STORY;
    const [a, b] = EDITS[i % EDITS.length];
    body = body.replace(a, b);
    if (i % 3 === 0) {
      const [c, d] = EDITS[(i + 4) % EDITS.length];
      body = body.replace(c, d);
    }
    const extra = EXTRA[i % EXTRA.length];
    return `${HEADERS[i % HEADERS.length]}${body}${extra ? ` ${extra}` : ''}`;
  });
}

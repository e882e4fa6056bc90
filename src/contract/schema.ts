/**
 * The extraction contract (v1) as TypeBox schemas: the one source of truth for both the
 * TypeScript types and the JSON Schema that every result is validated against.
 * Mirrors ../shared/CONTRACT.md; change only by adding fields.
 *
 * @example
 * import { ResultSchema, type Result } from './schema.js';
 * const schemaJson = JSON.stringify(ResultSchema);
 */
import { Type, type Static } from '@sinclair/typebox';
import { BUILTIN_PACKS } from '../lang/builtin.js';


const NullableStr = () => Type.Union([Type.String(), Type.Null()]);
const NullableNum = () => Type.Union([Type.Number(), Type.Null()]);

/** A language of a built-in language pack (src/lang/builtin.ts): "de" | "en". */
export const Lang = Type.Union(BUILTIN_PACKS.map((p) => Type.Literal(p.code)));
export type Lang = Static<typeof Lang>;

export const IsoDay = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** A date as precise as the text says: day, month or year. */
export const PartialDate = Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

export const EntityType = Type.Union(
  ['PER', 'ORG', 'GPE', 'LOC', 'MISC'].map((t) => Type.Literal(t)) as [ReturnType<typeof Type.Literal<'PER'>>],
);
export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'MISC';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];
export const QUOTE_TYPES = ['direct', 'indirect', 'mixed', 'reported', 'free-indirect'] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];
export const EVENT_STATUSES = ['asserted', 'planned', 'negated', 'hypothetical'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const literals = <T extends readonly string[]>(xs: T) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...xs] });

export const Span = Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) });
export type Span = Static<typeof Span>;
export const TextSpan = Type.Object({
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  text: Type.String(),
});
export type TextSpan = Static<typeof TextSpan>;

/** One article as read from JSON / JSONL input. Only `text` is required. */
export const ArticleIn = Type.Object({
  id: Type.Optional(NullableStr()),
  text: Type.String(),
  lang: Type.Optional(Type.Union([Lang, Type.Null()])),
  date: Type.Optional(Type.Union([IsoDay, Type.Null()])),
  title: Type.Optional(NullableStr()),
  url: Type.Optional(NullableStr()),
  source: Type.Optional(NullableStr()),
});
export type ArticleIn = Static<typeof ArticleIn>;

export const Header = Type.Object({ date: NullableStr(), credit: NullableStr(), caption: NullableStr() });
export type Header = Static<typeof Header>;

export const Mention = Type.Object({
  id: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  type: literals(['PER', 'ORG', 'GPE', 'LOC', 'MISC'] as const),
  actor: NullableStr(),
});
export type Mention = Static<typeof Mention>;

export const Actor = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: literals(['PER', 'ORG', 'GPE', 'LOC', 'MISC'] as const),
  country: Type.Union([Type.String({ pattern: '^[A-Z]{3}$' }), Type.Null()]),
  sector: NullableStr(),
  role: NullableStr(),
  mentions: Type.Array(Type.String()),
});
export type Actor = Static<typeof Actor>;

export const Quote = Type.Object({
  id: Type.String(),
  type: literals(QUOTE_TYPES),
  spans: Type.Array(Span, { minItems: 1 }),
  text: Type.String(),
  cue: Type.Union([TextSpan, Type.Null()]),
  speaker: Type.Union([TextSpan, Type.Null()]),
  speakerActor: NullableStr(),
  // Additive (quotes stage): the source that relays the statement ("nach Angaben eines Sprechers")
  // and the addressee the text names ("sagte der Zeitung", "told reporters").
  via: Type.Optional(TextSpan),
  addressee: Type.Optional(TextSpan),
});
export type Quote = Static<typeof Quote>;

export const Place = Type.Object({
  name: Type.String(),
  country: NullableStr(),
  lat: NullableNum(),
  lon: NullableNum(),
});
export type Place = Static<typeof Place>;

export const Event = Type.Object({
  id: Type.String(),
  type: literals(PLOVER_TYPES),
  mode: NullableStr(),
  context: Type.Array(Type.String()),
  source: Type.Array(Type.String()),
  target: Type.Array(Type.String()),
  sourceCountry: NullableStr(),
  targetCountry: NullableStr(),
  date: Type.Union([PartialDate, Type.Null()]),
  dateText: NullableStr(),
  place: Type.Union([Place, Type.Null()]),
  status: literals(EVENT_STATUSES),
  score: Type.Number({ minimum: -10, maximum: 10 }),
  trigger: TextSpan,
  evidence: Span,
  quote: NullableStr(),
  // Additive (stage `coding`, docs/events.md "PLOVER coding"): where the date comes from (`text`: a
  // date expression of the event's clause; `article`: reported as current, dated by the article;
  // null: background or undated plan), the date a plan was announced, the PLOVER auxiliary modes
  // (future, hypothetical, negation, historical), the words each context was assigned from, and how
  // sure the engine is of the event (0..1).
  dateBasis: Type.Optional(Type.Union([literals(['text', 'article'] as const), Type.Null()])),
  announced: Type.Optional(Type.Union([IsoDay, Type.Null()])),
  aux: Type.Optional(Type.Array(literals(['future', 'hypothetical', 'negation', 'historical'] as const))),
  contextEvidence: Type.Optional(Type.Array(Type.Object({
    context: Type.String(), start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }), text: Type.String(),
  }))),
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  // Additive (stage `coding`, docs/events.md "Real participants"): the words the pattern found as
  // source or target when they name no actor ("the decision", "planned"): kept as text, never an actor.
  sourceText: Type.Optional(TextSpan),
  targetText: Type.Optional(TextSpan),
});
export type Event = Static<typeof Event>;
/** A PLOVER auxiliary mode an event carries (in a PLOVER record's `context` list). */
export type AuxMode = 'future' | 'hypothetical' | 'negation' | 'historical';

export const DateMention = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  value: PartialDate,
});
export type DateMention = Static<typeof DateMention>;

export const Amount = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  text: Type.String(),
  value: Type.Union([Type.Number(), Type.Tuple([Type.Number(), Type.Number()])]),
  unit: NullableStr(),
});
export type Amount = Static<typeof Amount>;

/**
 * Levers between states (issue 16, docs/levers.md): a trade or technology measure one party
 * imposes on another (tariff, export control, import ban or purchase stop, sanctions listing,
 * investment or technology restriction, quota, boycott of a firm), or a dependence claim
 * (`kind: 'dependence'`: the `imposer` is the holder of the supply, the `target` the dependent).
 */
export const LEVER_INSTRUMENTS = [
  'tariff', 'export-control', 'import-ban', 'sanctions', 'investment', 'quota', 'boycott', 'dependence',
] as const;
export type LeverInstrument = (typeof LEVER_INSTRUMENTS)[number];
export const LEVER_DIRECTIONS = ['imposed', 'raised', 'lowered', 'suspended', 'lifted', 'threatened', 'planned'] as const;
export type LeverDirection = (typeof LEVER_DIRECTIONS)[number];
/** in-force: imposed or a standing state; the others as the direction says; negated: "will not impose". */
export const LEVER_STATUSES = ['in-force', 'suspended', 'lifted', 'threatened', 'planned', 'negated'] as const;
export type LeverStatus = (typeof LEVER_STATUSES)[number];
/** Where a lever's date comes from: a date expression of the text, the article date, or none (background). */
export const LEVER_DATE_BASES = ['text', 'article'] as const;

export const Lever = Type.Object({
  id: Type.String(),
  kind: literals(['measure', 'dependence'] as const),
  instrument: literals(LEVER_INSTRUMENTS),
  /** what the text says is done to the lever; null for a bare reference ("das Embargo") */
  direction: Type.Union([literals(LEVER_DIRECTIONS), Type.Null()]),
  status: literals(LEVER_STATUSES),
  /** actor ids of the imposer (for a dependence: the holder of the supply) */
  imposer: Type.Array(Type.String()),
  /** actor ids of the target (for a dependence: the dependent) */
  target: Type.Array(Type.String()),
  imposerCountry: NullableStr(),
  targetCountry: NullableStr(),
  /** code of lexicons/<lang>/lever-goods.tsv (docs/levers.md), null when the text names no good */
  good: NullableStr(),
  goodText: Type.Union([TextSpan, Type.Null()]),
  /** strength: an amount of the amounts layer ("145 Prozent", "$50 billion") or a share ("zwei Drittel", unit "share") */
  magnitude: Type.Union([Amount, Type.Null()]),
  date: Type.Union([PartialDate, Type.Null()]),
  dateText: NullableStr(),
  /** text: a date expression; article: the article date (a fresh act); null: undated or background */
  dateBasis: Type.Union([literals(LEVER_DATE_BASES), Type.Null()]),
  cue: TextSpan,
  evidence: Span,
  /** id of the SANCTION/COERCE/THREATEN/PROTEST event of the same words, if any */
  event: NullableStr(),
  quote: NullableStr(),
  /** actor id of the quote's speaker when the lever is stated in a quote */
  speaker: NullableStr(),
});
export type Lever = Static<typeof Lever>;

export const Diagnostic = Type.Object({ stage: Type.String(), message: Type.String() });
export type Diagnostic = Static<typeof Diagnostic>;

export const ResultError = Type.Object({ code: Type.String(), message: Type.String() });
export type ResultError = Static<typeof ResultError>;

/** A full analysis of one article. */
export const Result = Type.Object({
  id: Type.String(),
  lang: Lang,
  date: Type.Union([IsoDay, Type.Null()]),
  title: NullableStr(),
  text: Type.String(),
  header: Type.Union([Header, Type.Null()]),
  sentences: Type.Array(Span),
  mentions: Type.Array(Mention),
  actors: Type.Array(Actor),
  quotes: Type.Array(Quote),
  events: Type.Array(Event),
  dates: Type.Array(DateMention),
  amounts: Type.Array(Amount),
  diagnostics: Type.Array(Diagnostic),
  // Additive (levers stage, docs/levers.md): optional so results stored before it still validate.
  levers: Type.Optional(Type.Array(Lever)),
  // Additive fields (allowed by the contract): where the article came from.
  url: Type.Optional(NullableStr()),
  source: Type.Optional(NullableStr()),
});
export type Result = Static<typeof Result>;

/** What comes out for an article that could not be read: its id, the error, no analysis. */
export const ErrorResult = Type.Object({
  id: Type.String(),
  error: ResultError,
  diagnostics: Type.Optional(Type.Array(Diagnostic)),
});
export type ErrorResult = Static<typeof ErrorResult>;

export const ResultOrError = Type.Union([Result, ErrorResult]);
export type ResultOrError = Static<typeof ResultOrError>;



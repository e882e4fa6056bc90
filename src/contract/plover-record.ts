/**
 * The PLOVER 2.0 JSON event record as the manual defines it (openeventdata/PLOVER, PLOVER_MANUAL.tex,
 * draft 2.0: the record's fields, the entity object, the location object and the cite-info object;
 * types, modes, contexts and sectors from src/plover), as a TypeBox schema that is also the JSON Schema
 * `lagebild export --format plover` is validated against. The only field the manual does not list is
 * the extension object `lagebild` (date precision, status, trigger, evidence, confidence, ...), which
 * keeps a record auditable without changing the meaning of any manual field.
 *
 * @example
 * import { validatePloverRecord } from './plover-record.js';
 * validatePloverRecord(record); // [] when the record is valid
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { plover } from '../plover/index.js';

const v = plover();
const oneOf = (xs: readonly string[]) => Type.Union(xs.map((x) => Type.Literal(x)));
const Str = () => Type.String();
const closed = <T extends Record<string, TSchema>>(props: T) => Type.Object(props, { additionalProperties: false });

const allModes = [...new Set([...v.modes.values()].flat())];
const auxModes = [...new Set([...v.auxiliary.values()].filter((x): x is string => !!x))];

/** An entity object: the actor or recipient of an event. */
export const PloverEntity = closed({
  code: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  sector: Type.Optional(oneOf(v.sectors)),
  entity_text: Str(),
  identifier_id: Type.Optional(Str()),
  identifier_text: Type.Optional(Str()),
  religion: Type.Optional(Str()),
  ethnicity: Type.Optional(Str()),
  office: Type.Optional(Str()),
  gender: Type.Optional(Str()),
  age: Type.Optional(Type.Union([Str(), Type.Number()])),
});
export type PloverEntity = Static<typeof PloverEntity>;

/** The location object of an event. */
export const PloverLocation = closed({
  extracted_place: Type.Optional(Str()),
  resolved_place: Type.Optional(Str()),
  geonameid: Type.Optional(Type.Union([Type.Integer(), Str()])),
  lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
  lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  city: Type.Optional(Str()),
  district: Type.Optional(Str()),
  province: Type.Optional(Str()),
  country: Type.Optional(Str()),
  country_code: Type.Optional(Str()),
  feature_class: Type.Optional(Str()),
  feature_code: Type.Optional(Str()),
  resolution: Type.Optional(Str()),
});

/** Where the text of the record comes from. */
export const PloverCiteInfo = closed({
  corpus: Type.Optional(Str()),
  citation: Type.Optional(Str()),
  url: Type.Optional(Str()),
  title: Type.Optional(Str()),
  language: Type.Optional(Str()),
  publication: Type.Optional(Str()),
  license: Type.Optional(Str()),
  copyright: Type.Optional(Str()),
  coder: Type.Optional(Str()),
  codebook: Type.Optional(Str()),
  version: Type.Optional(Str()),
});

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** Lagebild's extension: what makes a record auditable beyond the manual's fields. */
export const PloverExtension = closed({
  /** how precise `date` is: the text's day, month or year (date = its first day), or the publication day standing in */
  date_precision: oneOf(['day', 'month', 'year', 'publication']),
  date_text: Type.Union([Str(), Type.Null()]),
  date_basis: Type.Union([oneOf(['text', 'article']), Type.Null()]),
  /** for a plan: the date it is planned for as the text gives it (YYYY, YYYY-MM or YYYY-MM-DD) */
  planned_date: Type.Optional(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })),
  status: oneOf(['asserted', 'planned', 'negated', 'hypothetical']),
  confidence: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
  trigger: closed({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }), text: Str() }),
  evidence: closed({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) }),
  context_evidence: Type.Array(closed({ context: Str(), start: Type.Integer(), end: Type.Integer(), text: Str() })),
  quote: Type.Union([Str(), Type.Null()]),
  story_id: Str(),
  sources: Type.Integer({ minimum: 1 }),
  /** the trade and technology levers of this event (docs/levers.md); absent when it has none */
  levers: Type.Optional(Type.Array(closed({
    instrument: Str(),
    good: Type.Union([Str(), Type.Null()]),
    magnitude: Type.Union([Str(), Type.Null()]),
    direction: Type.Union([Str(), Type.Null()]),
    status: Str(),
  }))),
});

/** The PLOVER 2.0 event record. */
export const PloverRecord = closed({
  id: Str(),
  has_event: Type.Optional(Type.Boolean()),
  date: Day,
  time: Type.Optional(Str()),
  enddate: Type.Optional(Day),
  endtime: Type.Optional(Str()),
  actor: Type.Array(PloverEntity, { minItems: 1 }),
  recipient: Type.Optional(Type.Array(PloverEntity)),
  event: Type.Array(oneOf(v.types), { minItems: 1 }),
  event_loc: Type.Optional(PloverLocation),
  event_text: Type.Optional(Type.Array(Str())),
  quad_code: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  event_scale: Type.Optional(Type.Number({ minimum: -10, maximum: 10 })),
  mode: Type.Optional(Type.Array(oneOf(allModes))),
  context: Type.Optional(Type.Array(oneOf([...v.contexts, ...auxModes]))),
  link: Type.Optional(Str()),
  text: Type.Optional(Str()),
  text_info: Type.Optional(Type.Object({})),
  cite_info: Type.Optional(PloverCiteInfo),
  coder: Type.Optional(Str()),
  coded_date: Type.Optional(Day),
  coded_time: Type.Optional(Str()),
  comment: Type.Optional(Str()),
  lagebild: Type.Optional(PloverExtension),
});
export type PloverRecord = Static<typeof PloverRecord>;

const compiled = TypeCompiler.Compile(PloverRecord);

/**
 * Violations of `value` against the record schema as "path: message" lines, plus the manual's rule
 * that each mode belongs to one of the record's event types; empty when valid.
 */
export function validatePloverRecord(value: unknown): string[] {
  const out = compiled.Check(value) ? [] : [...compiled.Errors(value)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
  if (!out.length) {
    const r = value as PloverRecord;
    for (const m of r.mode ?? []) if (!r.event.some((t) => v.hasMode(t, m))) out.push(`/mode: ${m} is no mode of ${r.event.join(', ')}`);
  }
  return out;
}

/** The record's JSON Schema, for consumers. */
export function ploverRecordJsonSchema(): object {
  return JSON.parse(JSON.stringify(PloverRecord));
}

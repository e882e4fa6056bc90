/**
 * Every lexicon name an engine reads from `lexicons/<code>/`. A pack's manifest names the ones it
 * requires; the others are optional for it (read as empty when its folder lacks them), so a new
 * language starts with a few files and the engines still run. An engine that reads a new lexicon
 * adds its name here.
 *
 * @example
 * KNOWN_LEXICONS.includes('quote-cues'); // true
 */
export const KNOWN_LEXICONS: readonly string[] = Object.freeze([
  // segmentation and header
  'abbreviations', 'sentence-starters', 'header-credits',
  // dates
  'months', 'weekdays', 'date-ago', 'date-blockers', 'date-modifiers', 'date-names', 'date-periods',
  'date-prepositions', 'date-qualifiers', 'day-parts', 'relative-days', 'relative-periods', 'year-nouns',
  'past-cues', 'future-cues', 'ordinal-cues', 'perfect-auxiliaries',
  // amounts
  'number-words', 'units', 'duration-stems', 'range-words',
  // mentions and actors
  'ner-context', 'ner-demonyms', 'ner-function-words', 'ner-heads', 'ner-non-names', 'ner-noun-stoplist',
  'ner-org-suffixes', 'ner-orgs', 'ner-part-heads', 'ner-place-endings', 'ner-places', 'ner-roles',
  'ner-noun-suffixes', 'ner-name-heads', 'adjective-endings', 'ner-noun-surname-endings',
  'sector-words', 'agent-noun-followers',
  // quotes
  'quote-cues', 'quote-phrases', 'speaker-words', 'konjunktiv', 'content-openers', 'subordinators',
  'relative-pronouns', 'addressee-cues',
  // events
  'clause-openers', 'determiners', 'event-passive', 'event-patterns', 'event-phrase-leads',
  'event-prepositions', 'event-partitives', 'event-attribution', 'event-natural-causes', 'event-home-prefixes', 'event-pronouns', 'event-status', 'event-auxiliaries',
]);

-- Lagebild PostgreSQL schema, version 7: analysts' corrections as their own layer (issue 14), as
-- in SQLite's 007: never changing the engine's rows, kept across re-analysis (no foreign key).
CREATE TABLE corrections (
  id         bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  author     text NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('event', 'actor-merge', 'actor-alias')),
  article_id text,
  event_id   text,
  field      text,
  name       text,
  value      text,
  note       text
);
CREATE INDEX corrections_event ON corrections (article_id, event_id);

-- Full-text search over articles, events and quotes with stemming (issue 14), as SQLite's 007:
-- stems and folded words come from TypeScript (src/store/search-terms.ts), kept as 'simple'
-- tsvectors with GIN indexes; phrases use the positions, prefixes the `words` vector.
CREATE TABLE search_docs (
  id         bigserial PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('article', 'event', 'quote')),
  article_id text NOT NULL,
  ref        text NOT NULL,
  stems      tsvector NOT NULL,
  words      tsvector NOT NULL
);
CREATE INDEX search_docs_article ON search_docs (article_id);
CREATE INDEX search_docs_stems ON search_docs USING gin (stems);
CREATE INDEX search_docs_words ON search_docs USING gin (words);

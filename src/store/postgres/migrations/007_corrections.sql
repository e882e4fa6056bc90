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

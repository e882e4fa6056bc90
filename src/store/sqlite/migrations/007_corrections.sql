-- Lagebild SQLite schema, version 7: analysts' corrections as their own layer (issue 14). The
-- engine's rows (events, actors, ...) are never changed; reads apply these on top
-- (src/store/corrections.ts). No foreign key to articles: a correction outlives a re-analysis,
-- which deletes and rewrites the article's layer rows, and is matched again by (article, event id).
CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY,               -- order of entry: a later correction of a field wins
  created_at TEXT NOT NULL,                     -- ISO 8601, UTC
  author     TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('event', 'actor-merge', 'actor-alias')),
  article_id TEXT,                              -- kind event: the event's article and id
  event_id   TEXT,
  field      TEXT,                              -- kind event: flag, type, status, date, source, target
  name       TEXT,                              -- kind actor-*: the actor name corrected
  value      TEXT,                              -- the new value; NULL takes a correction back
  note       TEXT
);
CREATE INDEX corrections_event ON corrections (article_id, event_id);

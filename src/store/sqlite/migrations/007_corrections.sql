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

-- Full-text search over articles, events and quotes with stemming (issue 14): the documents are
-- stemmed in TypeScript (src/store/search-terms.ts, Snowball German/English) and FTS5 indexes the
-- stemmed words (`stems`) and the folded words (`words`, for prefix queries). The FTS table is
-- contentless; search_docs maps its rowids to the article and the event or quote. Filled by
-- putResult (and, for stores analysed before this migration, once by migrate()).
CREATE TABLE search_docs (
  rowid      INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('article', 'event', 'quote')),
  article_id TEXT NOT NULL,
  ref        TEXT NOT NULL                      -- event or quote id; '' for the article itself
);
CREATE INDEX search_docs_article ON search_docs (article_id);
CREATE VIRTUAL TABLE search_fts USING fts5 (
  stems, words, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

-- Canonical articles per date (the relation's per-100-articles normalisation) from an index.
CREATE INDEX articles_join_date ON articles (date, duplicate_of);

-- Lagebild SQLite schema, version 1: articles keyed by content hash, results, the layer tables
-- the API queries (mentions, actors, quotes + FTS5, events), LSH bands for near-duplicates.

CREATE TABLE articles (
  seq           INTEGER PRIMARY KEY,            -- insertion order; the earliest of near-duplicates is canonical
  id            TEXT NOT NULL UNIQUE,
  hash          TEXT NOT NULL UNIQUE,           -- sha256 of the whitespace-normalised text: the idempotency key
  title         TEXT,
  lang          TEXT,
  date          TEXT,
  url           TEXT,
  source        TEXT,
  text          TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'error')),
  error_code    TEXT,
  error_message TEXT,
  duplicate_of  TEXT REFERENCES articles(id),
  similarity    REAL,                           -- estimated Jaccard similarity to the canonical article
  minhash       BLOB,                           -- 63 little-endian uint32 (src/dedup/minhash.ts)
  n_events      INTEGER NOT NULL DEFAULT 0,
  n_quotes      INTEGER NOT NULL DEFAULT 0,
  ingested_at   TEXT NOT NULL,
  lease_owner   TEXT,
  lease_until   INTEGER,                        -- epoch milliseconds
  attempts      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_status ON articles (status, seq);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

-- LSH band keys of canonical articles: a new article whose band key matches is a candidate.
CREATE TABLE article_bands (
  band       INTEGER NOT NULL,
  key        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

CREATE TABLE results (
  article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  json        TEXT NOT NULL,
  analysed_at TEXT NOT NULL
);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  mention_id TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  type       TEXT NOT NULL,
  actor_id   TEXT,
  PRIMARY KEY (article_id, mention_id)
);

CREATE TABLE actors (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id   TEXT NOT NULL,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL,
  country    TEXT,
  sector     TEXT,
  role       TEXT,
  mentions   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX actors_name ON actors (name);

CREATE TABLE quotes (
  rowid           INTEGER PRIMARY KEY,
  article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_id        TEXT NOT NULL,
  type            TEXT NOT NULL,
  text            TEXT NOT NULL,
  speaker         TEXT,
  speaker_actor   TEXT,
  speaker_country TEXT,
  cue             TEXT,
  UNIQUE (article_id, quote_id)
);

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, speaker, content = 'quotes', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
END;
CREATE TRIGGER quotes_au AFTER UPDATE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
  INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;

CREATE TABLE events (
  article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id       TEXT NOT NULL,
  type           TEXT NOT NULL,
  quad           TEXT,
  mode           TEXT,
  status         TEXT NOT NULL,
  score          REAL NOT NULL,
  date           TEXT,                          -- as precise as the text: YYYY, YYYY-MM or YYYY-MM-DD
  day            TEXT,                          -- full day the event is filed under (event date, else article date)
  week           TEXT,                          -- ISO Monday of day
  source_country TEXT,
  target_country TEXT,
  source_names   TEXT NOT NULL,                 -- JSON array of actor names
  target_names   TEXT NOT NULL,
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  trigger_text   TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL,
  evidence_text  TEXT NOT NULL,
  place_name     TEXT,
  place_country  TEXT,
  place_lat      REAL,
  place_lon      REAL,
  quote_id       TEXT,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_dyad ON events (source_country, target_country, day);
CREATE INDEX events_dyad_rev ON events (target_country, source_country, day);
CREATE INDEX events_type ON events (type, day);

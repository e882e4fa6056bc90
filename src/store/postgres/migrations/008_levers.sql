-- Lagebild PostgreSQL schema, version 8: trade and technology levers (issue 16, docs/levers.md),
-- one row per lever of an analysed article, flattened in TypeScript (src/store/lever-rows.ts) so
-- both stores hold the same data; written by PgStore right after lagebild_put_result, in the same
-- transaction. Results stored before this version have no lever rows until analysed again.
CREATE TABLE IF NOT EXISTS levers (
  article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  lever_id        TEXT NOT NULL,
  kind            TEXT NOT NULL,
  instrument      TEXT NOT NULL,
  direction       TEXT,
  status          TEXT NOT NULL,
  imposer_country TEXT,
  target_country  TEXT,
  imposer_names   TEXT NOT NULL,
  target_names    TEXT NOT NULL,
  good            TEXT,
  good_text       TEXT,
  magnitude_value DOUBLE PRECISION,
  magnitude_unit  TEXT,
  magnitude_text  TEXT,
  date            TEXT,
  date_basis      TEXT,
  day             TEXT,
  cue_start       INTEGER NOT NULL,
  cue_end         INTEGER NOT NULL,
  cue_text        TEXT NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  evidence_text   TEXT NOT NULL,
  event_id        TEXT,
  quote_id        TEXT,
  speaker         TEXT,
  PRIMARY KEY (article_id, lever_id)
);
CREATE INDEX IF NOT EXISTS levers_dyad ON levers (imposer_country, target_country, day);
CREATE INDEX IF NOT EXISTS levers_dyad_rev ON levers (target_country, imposer_country, day);

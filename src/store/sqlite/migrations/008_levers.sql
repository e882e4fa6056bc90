-- Lagebild SQLite schema, version 8: trade and technology levers (issue 16, docs/levers.md), one
-- row per lever of an analysed article, flattened in TypeScript (src/store/lever-rows.ts) so both
-- stores hold the same data. Results stored before this version have no lever rows until they
-- are analysed again.
CREATE TABLE levers (
  article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  lever_id        TEXT NOT NULL,
  kind            TEXT NOT NULL,                 -- measure | dependence
  instrument      TEXT NOT NULL,
  direction       TEXT,
  status          TEXT NOT NULL,
  imposer_country TEXT,                          -- for a dependence: the holder
  target_country  TEXT,                          -- for a dependence: the dependent
  imposer_names   TEXT NOT NULL,                 -- JSON array of actor names
  target_names    TEXT NOT NULL,
  good            TEXT,                          -- code of lexicons/<lang>/lever-goods.tsv
  good_text       TEXT,
  magnitude_value REAL,                          -- upper bound of a range
  magnitude_unit  TEXT,
  magnitude_text  TEXT,
  date            TEXT,                          -- as precise as the text
  date_basis      TEXT,                          -- text | article | NULL
  day             TEXT,                          -- the lever's date, else the article date (for ordering)
  cue_start       INTEGER NOT NULL,
  cue_end         INTEGER NOT NULL,
  cue_text        TEXT NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  evidence_text   TEXT NOT NULL,
  event_id        TEXT,
  quote_id        TEXT,
  speaker         TEXT,                          -- name of the quote's speaker
  PRIMARY KEY (article_id, lever_id)
);
CREATE INDEX levers_dyad ON levers (imposer_country, target_country, day);
CREATE INDEX levers_dyad_rev ON levers (target_country, imposer_country, day);

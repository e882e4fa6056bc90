-- Lagebild SQLite schema, version 2: what the dashboard reads, answered without scanning everything
-- (issue 6). The article text sits inline in `articles`, so any query that touches a column
-- stored after it reads overflow pages; the covering indexes below keep those queries on indexes.

-- Joins from events/quotes/actors to their article (duplicate filter, dates, url, title).
CREATE INDEX articles_join ON articles (id, duplicate_of, seq, date, url, title);
-- The header counts (status, events, quotes of canonical articles) from an index scan.
CREATE INDEX articles_counts ON articles (status, duplicate_of, n_events, n_quotes);

-- The events list's sort key in one index: the first page is a LIMIT walk, not a sort of all events.
ALTER TABLE events ADD COLUMN article_seq INTEGER;   -- articles.seq of the event's article
UPDATE events SET article_seq = (SELECT a.seq FROM articles a WHERE a.id = events.article_id);
CREATE INDEX events_order ON events (day DESC, article_seq DESC, trigger_start, event_id);

-- Actor summary, kept by putResult/putError in the same transaction (src/store/actor-stats.ts):
-- one row per (name, type) over canonical articles, and the facet values (role, country, sector)
-- with how many actor rows carry them (a value is dropped when its count reaches 0).
CREATE TABLE actor_stats (
  name     TEXT NOT NULL,
  type     TEXT NOT NULL,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (name, type)
) WITHOUT ROWID;
CREATE INDEX actor_stats_rank ON actor_stats (articles DESC, mentions DESC, name, type);

CREATE TABLE actor_facets (
  name  TEXT NOT NULL,
  type  TEXT NOT NULL,
  kind  TEXT NOT NULL CHECK (kind IN ('role', 'country', 'sector')),
  value TEXT NOT NULL,
  n     INTEGER NOT NULL,
  PRIMARY KEY (name, type, kind, value)
) WITHOUT ROWID;

INSERT INTO actor_stats (name, type, articles, mentions)
  SELECT ac.name, ac.type, count(DISTINCT ac.article_id), sum(ac.mentions)
  FROM actors ac JOIN articles a ON a.id = ac.article_id WHERE a.duplicate_of IS NULL GROUP BY ac.name, ac.type;
INSERT INTO actor_facets (name, type, kind, value, n)
  SELECT ac.name, ac.type, 'role', ac.role, count(*) FROM actors ac JOIN articles a ON a.id = ac.article_id
  WHERE a.duplicate_of IS NULL AND ac.role IS NOT NULL GROUP BY ac.name, ac.type, ac.role;
INSERT INTO actor_facets (name, type, kind, value, n)
  SELECT ac.name, ac.type, 'country', ac.country, count(*) FROM actors ac JOIN articles a ON a.id = ac.article_id
  WHERE a.duplicate_of IS NULL AND ac.country IS NOT NULL GROUP BY ac.name, ac.type, ac.country;
INSERT INTO actor_facets (name, type, kind, value, n)
  SELECT ac.name, ac.type, 'sector', ac.sector, count(*) FROM actors ac JOIN articles a ON a.id = ac.article_id
  WHERE a.duplicate_of IS NULL AND ac.sector IS NOT NULL GROUP BY ac.name, ac.type, ac.sector;

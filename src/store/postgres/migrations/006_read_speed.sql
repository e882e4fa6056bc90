-- Lagebild PostgreSQL schema, version 6: read speed on 20,000 articles (docs/store.md, "API latency";
-- measured with bench/api-speed.ts --store postgres).
--
-- 1. The actor summary (as SQLite's migration 002, docs/store.md "Read-speed additions"). actors()
-- grouped all actor rows at read time (296,000 rows on 20,000 articles: ≈ 1.1 s); it now reads
-- actor_stats. Both tables cover canonical articles only (duplicate_of IS NULL at the time the
-- rows are written) and are kept in the transaction that writes results or errors (PgStore:
-- putResult, putResults, putError lock their articles, keep the old actor rows, write, then apply
-- the net change computed in TypeScript (src/store/actor-stats.ts, as SQLite does) in one sorted
-- statement per table, so concurrent workers wait for each other on popular names but do not
-- deadlock; computing the change in SQL cost 1.7 ms of server CPU per article). lagebild_rebuild_actor_stats() recomputes both
-- from scratch: needed only after changing duplicate_of or actor rows by hand (bench/api-speed.ts
-- does) or deleting articles.
--
-- 2. Trigram indexes (extension pg_trgm) on the article title, text and url for listArticles({q}),
-- on a copy of those columns in article_search (see there why not on articles):
-- ILIKE '%word%' over every article text took ≈ 700 ms (most of it lower-casing 20,000 texts).
-- The extension is created in schema public when missing (a global advisory lock serialises
-- concurrent migrations of several schemas); when it cannot be created (no privilege, no public
-- schema) the migration leaves a NOTICE and the search stays a sequential scan.
CREATE TABLE actor_stats (
  name     text NOT NULL,
  type     text NOT NULL,
  articles integer NOT NULL,           -- canonical articles naming the actor
  mentions bigint NOT NULL,            -- sum of the actor rows' mentions
  PRIMARY KEY (name, type)
);
CREATE INDEX actor_stats_rank ON actor_stats (articles DESC, mentions DESC, name COLLATE "C", type COLLATE "C");

-- kind = role / country / sector; n = actor rows carrying the value (deleted at 0)
CREATE TABLE actor_facets (
  name  text NOT NULL,
  type  text NOT NULL,
  kind  text NOT NULL,
  value text NOT NULL,
  n     integer NOT NULL,
  PRIMARY KEY (name, type, kind, value)
);

CREATE FUNCTION lagebild_rebuild_actor_stats() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM actor_stats;
  DELETE FROM actor_facets;
  INSERT INTO actor_stats (name, type, articles, mentions)
    SELECT ac.name, ac.type, count(DISTINCT ac.article_id), sum(ac.mentions)
    FROM actors ac JOIN articles a ON a.id = ac.article_id WHERE a.duplicate_of IS NULL GROUP BY ac.name, ac.type;
  INSERT INTO actor_facets (name, type, kind, value, n)
    SELECT name, type, kind, value, count(*) FROM (
      SELECT ac.name, ac.type, 'role' AS kind, ac.role AS value FROM actors ac JOIN articles a ON a.id = ac.article_id
        WHERE a.duplicate_of IS NULL AND ac.role IS NOT NULL
      UNION ALL SELECT ac.name, ac.type, 'country', ac.country FROM actors ac JOIN articles a ON a.id = ac.article_id
        WHERE a.duplicate_of IS NULL AND ac.country IS NOT NULL
      UNION ALL SELECT ac.name, ac.type, 'sector', ac.sector FROM actors ac JOIN articles a ON a.id = ac.article_id
        WHERE a.duplicate_of IS NULL AND ac.sector IS NOT NULL
    ) f GROUP BY name, type, kind, value;
END;
$$;

SELECT lagebild_rebuild_actor_stats();

-- The searched columns in a table of their own, written once per article: a trigram index on
-- articles itself would take every trigram of the text again at each claim and status update
-- (those updates change indexed columns, so PostgreSQL writes new entries in every index of the
-- row): measured 1.6 ms of server CPU per analysed article (lead, 2026-11-27).
CREATE TABLE article_search (
  seq   bigint PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
  title text,
  text  text NOT NULL,
  url   text
);
INSERT INTO article_search (seq, title, text, url) SELECT seq, title, text, url FROM articles;
CREATE FUNCTION lagebild_article_search_copy() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_search (seq, title, text, url) VALUES (NEW.seq, NEW.title, NEW.text, NEW.url)
    ON CONFLICT (seq) DO UPDATE SET title = EXCLUDED.title, text = EXCLUDED.text, url = EXCLUDED.url;
  RETURN NULL;
END;
$$;
CREATE TRIGGER articles_search_copy AFTER INSERT OR UPDATE OF title, text, url ON articles
  FOR EACH ROW EXECUTE FUNCTION lagebild_article_search_copy();

DO $$
DECLARE ext text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('lagebild-extension-pg_trgm'));
  SELECT n.nspname INTO ext FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
  IF ext IS NULL THEN
    BEGIN
      CREATE EXTENSION pg_trgm SCHEMA public;
      ext := 'public';
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'lagebild: pg_trgm not available (%); article search stays a sequential scan', SQLERRM;
      RETURN;
    END;
  END IF;
  EXECUTE format('CREATE INDEX article_search_title_trgm ON article_search USING gin (title %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX article_search_text_trgm ON article_search USING gin (text %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX article_search_url_trgm ON article_search USING gin (url %I.gin_trgm_ops)', ext);
END;
$$;

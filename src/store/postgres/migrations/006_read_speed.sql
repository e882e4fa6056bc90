-- Lagebild PostgreSQL schema, version 6: read speed on 20,000 articles (docs/store.md, "API latency";
-- measured with bench/api-speed.ts --store postgres).
--
-- 1. The actor summary (as SQLite's migration 002, docs/store.md "Read-speed additions"). actors()
-- grouped all actor rows at read time (296,000 rows on 20,000 articles: ≈ 1.1 s); it now reads
-- actor_stats. Both tables cover canonical articles only (duplicate_of IS NULL at the time the
-- rows are written) and are kept in the transaction that writes results or errors (PgStore:
-- putResult, putResults, putError lock their articles, keep the old actor rows, write, then call
-- lagebild_actor_stats_net once: one sorted statement per table, so concurrent workers wait for
-- each other on popular names but do not deadlock). lagebild_rebuild_actor_stats() recomputes both
-- from scratch: needed only after changing duplicate_of or actor rows by hand (bench/api-speed.ts
-- does) or deleting articles.
--
-- 2. Trigram indexes (extension pg_trgm) on the article title, text and url for listArticles({q}):
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

-- Applies one write transaction's change to the summary in one statement per table, rows locked in
-- (name, type) order, so concurrent workers wait for each other instead of deadlocking: p_old holds
-- the actor rows of the canonical articles among p_ids as they were before the transaction
-- replaced them (json rows of actors); the rows there now are read from actors.
CREATE FUNCTION lagebild_actor_delta(p_ids text[], p_old json)
RETURNS TABLE (sign integer, article_id text, name text, type text, country text, sector text, role text, mentions integer)
LANGUAGE sql STABLE AS $$
  SELECT 1, ac.article_id, ac.name, ac.type, ac.country, ac.sector, ac.role, ac.mentions
    FROM actors ac JOIN articles a ON a.id = ac.article_id WHERE ac.article_id = ANY(p_ids) AND a.duplicate_of IS NULL
  UNION ALL
  SELECT -1, o.article_id, o.name, o.type, o.country, o.sector, o.role, o.mentions
    FROM json_populate_recordset(NULL::actors, p_old) o
$$;

CREATE FUNCTION lagebild_actor_stats_net(p_ids text[], p_old json) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO actor_stats AS s (name, type, articles, mentions)
    SELECT name, type, sum(sign * n), sum(sign * m) FROM (
      SELECT sign, name, type, count(DISTINCT article_id) AS n, sum(mentions) AS m FROM lagebild_actor_delta(p_ids, p_old) GROUP BY sign, name, type
    ) per GROUP BY name, type HAVING sum(sign * n) <> 0 OR sum(sign * m) <> 0 ORDER BY name, type
  ON CONFLICT (name, type) DO UPDATE SET articles = s.articles + EXCLUDED.articles, mentions = s.mentions + EXCLUDED.mentions;
  INSERT INTO actor_facets AS s (name, type, kind, value, n)
    SELECT name, type, kind, value, sum(sign) FROM (
      SELECT sign, name, type, 'role' AS kind, role AS value FROM lagebild_actor_delta(p_ids, p_old) WHERE role IS NOT NULL
      UNION ALL SELECT sign, name, type, 'country', country FROM lagebild_actor_delta(p_ids, p_old) WHERE country IS NOT NULL
      UNION ALL SELECT sign, name, type, 'sector', sector FROM lagebild_actor_delta(p_ids, p_old) WHERE sector IS NOT NULL
    ) f GROUP BY name, type, kind, value HAVING sum(sign) <> 0 ORDER BY name, type, kind, value
  ON CONFLICT (name, type, kind, value) DO UPDATE SET n = s.n + EXCLUDED.n;
  DELETE FROM actor_stats s USING (SELECT DISTINCT name, type FROM lagebild_actor_delta(p_ids, p_old) WHERE sign < 0) x
    WHERE s.name = x.name AND s.type = x.type AND s.articles <= 0;
  DELETE FROM actor_facets s USING (SELECT DISTINCT name, type FROM lagebild_actor_delta(p_ids, p_old) WHERE sign < 0) x
    WHERE s.name = x.name AND s.type = x.type AND s.n <= 0;
END;
$$;

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
  EXECUTE format('CREATE INDEX articles_title_trgm ON articles USING gin (title %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX articles_text_trgm ON articles USING gin (text %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX articles_url_trgm ON articles USING gin (url %I.gin_trgm_ops)', ext);
END;
$$;

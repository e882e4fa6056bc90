-- Lagebild PostgreSQL schema, version 12: the actor page's substring searches from trigram indexes
-- (issue 14, "Actor detail" p95 192.8 ms at 20,000 articles, target 200; docs/store.md, "Actor
-- page on PostgreSQL").
--
-- /api/actor?name=X asks quotes({speaker: X}) (`q.speaker ILIKE '%X%'`) and events({actor: X})
-- (`e.source_names ILIKE '%X%' OR e.target_names ILIKE '%X%'`). Neither condition has an index,
-- so both walked every article / event newest first, testing each row, until the page was full:
-- for "USA" on 20,000 articles 5,735 articles and 28,000 quotes (1.3 s on the loaded machine) and
-- 43,000 events (0.5 s). With trigram indexes the planner finds the matching rows (1,217 quotes)
-- from the index and sorts only those: 0.14 s for the quotes. Cost: the trigrams of every quote's
-- speaker and every event's names are written with the row (short texts: the index over 146,358
-- quotes was built in 4.4 s on the loaded machine, ≈ 30 µs a quote). As in 006, without the
-- extension (no privilege) the migration leaves a NOTICE and the searches stay scans.
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
      RAISE NOTICE 'lagebild: pg_trgm not available (%); speaker and actor-name search stay scans', SQLERRM;
      RETURN;
    END;
  END IF;
  EXECUTE format('CREATE INDEX IF NOT EXISTS quotes_speaker_trgm ON quotes USING gin (speaker %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX IF NOT EXISTS events_source_names_trgm ON events USING gin (source_names %I.gin_trgm_ops)', ext);
  EXECUTE format('CREATE INDEX IF NOT EXISTS events_target_names_trgm ON events USING gin (target_names %I.gin_trgm_ops)', ext);
END;
$$;

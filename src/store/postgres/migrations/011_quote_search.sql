-- Lagebild PostgreSQL schema, version 11: quote search on the quote row (issue 14, "PostgreSQL
-- quote search p95 < 200 ms at 20,000 articles"; docs/store.md, "Quote search on PostgreSQL").
--
-- Since 007 a quote's stemmed and folded words were a search_docs row, matched with
-- `(q.article_id, q.quote_id) IN (SELECT … FROM search_docs …)`. The planner cannot estimate that
-- semi-join (146,358 quotes: 41,339 estimated matches for "government", 3,552 true), so it walked
-- every article by date and tested each quote's document through search_docs_article: 1.5 s in
-- EXPLAIN ANALYZE on the shared machine. With the two tsvectors on the quote row the search is a
-- plain condition on quotes whose selectivity ANALYZE knows (3,548 estimated): the GIN index
-- finds the matching quotes, only those are joined to their articles and the newest LIMIT kept
-- (top-N sort); a very common word can still walk by date. Same machine: 0.17–0.23 s, 7.8 ms for
-- a rare word.
--
-- The quote documents leave search_docs (articles and events stay there); lagebild_put_result
-- writes the vectors with the quote (the rows carry their texts as search_stems / search_words).
-- The `tsv` column of 001 (unstemmed, unused since 007) and its GIN index go: one GIN index
-- fewer to keep per quote row than before.
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS stems tsvector;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS words tsvector;
UPDATE quotes q SET stems = d.stems, words = d.words
  FROM search_docs d WHERE d.kind = 'quote' AND d.article_id = q.article_id AND d.ref = q.quote_id;
DELETE FROM search_docs WHERE kind = 'quote';
CREATE INDEX IF NOT EXISTS quotes_stems ON quotes USING gin (stems);
CREATE INDEX IF NOT EXISTS quotes_words ON quotes USING gin (words);
DROP INDEX IF EXISTS quotes_tsv;
ALTER TABLE quotes DROP COLUMN IF EXISTS tsv;

CREATE OR REPLACE FUNCTION lagebild_put_result(p_id text, p_result json, p_rows json) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM articles WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no article with id %', p_id USING ERRCODE = 'no_data_found';
  END IF;
  DELETE FROM mentions WHERE article_id = p_id;
  DELETE FROM actors WHERE article_id = p_id;
  DELETE FROM quotes WHERE article_id = p_id;
  DELETE FROM events WHERE article_id = p_id;
  INSERT INTO mentions (article_id, mention_id, start, "end", text, type, actor_id)
    SELECT article_id, mention_id, start, "end", text, type, actor_id
    FROM json_populate_recordset(NULL::mentions, p_rows -> 'mentions');
  INSERT INTO actors (article_id, actor_id, name, type, country, sector, role, mentions)
    SELECT article_id, actor_id, name, type, country, sector, role, mentions
    FROM json_populate_recordset(NULL::actors, p_rows -> 'actors');
  INSERT INTO quotes (article_id, quote_id, type, text, speaker, speaker_actor, speaker_country, cue, stems, words)
    SELECT article_id, quote_id, type, text, speaker, speaker_actor, speaker_country, cue,
      to_tsvector('simple', coalesce(search_stems, '')), to_tsvector('simple', coalesce(search_words, ''))
    FROM json_to_recordset(p_rows -> 'quotes') AS x(article_id text, quote_id text, type text, text text, speaker text,
      speaker_actor text, speaker_country text, cue text, search_stems text, search_words text);
  INSERT INTO events (article_id, event_id, type, quad, mode, status, score, date, day, week,
      source_country, target_country, source_names, target_names, trigger_start, trigger_end, trigger_text,
      evidence_start, evidence_end, evidence_text, place_name, place_country, place_lat, place_lon, quote_id,
      confidence, date_basis, announced)
    SELECT article_id, event_id, type, quad, mode, status, score, date, day, week,
      source_country, target_country, source_names, target_names, trigger_start, trigger_end, trigger_text,
      evidence_start, evidence_end, evidence_text, place_name, place_country, place_lat, place_lon, quote_id,
      confidence, date_basis, announced
    FROM json_populate_recordset(NULL::events, p_rows -> 'events');
  INSERT INTO results (article_id, json, analysed_at) VALUES (p_id, p_result, now())
    ON CONFLICT (article_id) DO UPDATE SET json = EXCLUDED.json, analysed_at = EXCLUDED.analysed_at;
  UPDATE articles SET status = 'done', error_code = NULL, error_message = NULL,
      n_events = json_array_length(p_rows -> 'events'), n_quotes = json_array_length(p_rows -> 'quotes'),
      lease_owner = NULL, lease_until = NULL
    WHERE id = p_id;
END;
$$;

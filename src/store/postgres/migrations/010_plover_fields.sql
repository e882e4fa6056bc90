-- PLOVER fields of events (issue 13, stage `coding`): how sure the engine is (0..1, filtered by the
-- API's min_confidence), where the date comes from (text | article | NULL: background or undated
-- plan, such events have no day/week and the relation chart leaves them out) and the day a plan was
-- announced (plans are filed under it). NULL for rows stored before. lagebild_put_result (002) is
-- replaced to write the new columns.
ALTER TABLE events ADD COLUMN confidence double precision;
ALTER TABLE events ADD COLUMN date_basis text;
ALTER TABLE events ADD COLUMN announced text;

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
  INSERT INTO quotes (article_id, quote_id, type, text, speaker, speaker_actor, speaker_country, cue)
    SELECT article_id, quote_id, type, text, speaker, speaker_actor, speaker_country, cue
    FROM json_populate_recordset(NULL::quotes, p_rows -> 'quotes');
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

-- Aggregations over every canonical event (dyads, the map's country and place counts) read only
-- indexes (2026-12-07, hostile load: those scans were most of the server's event-loop time once
-- the store held a few thousand articles, growing with it).
-- The pair indexes end in article_id, so "the article is canonical" (e.article_id NOT IN the
-- duplicates, sqlite-store.ts CANONICAL_EVENT) is tested without reading the event's row.
DROP INDEX IF EXISTS events_dyad;
DROP INDEX IF EXISTS events_dyad_rev;
CREATE INDEX events_dyad ON events (source_country, target_country, day, article_id);
CREATE INDEX events_dyad_rev ON events (target_country, source_country, day, article_id);
-- The map's places: name, position and country of events with a place, in GROUP BY order.
CREATE INDEX events_places ON events (place_name, place_lat, place_lon, place_country, article_id)
  WHERE place_name IS NOT NULL;

-- Lagebild PostgreSQL schema, version 4: the actor registry's facts that live in the store
-- (docs/store.md, docs/events.md "Actor registry"). Facts learned from articles keep the article and
-- span they came from; analysts' entries have source 'analyst'. Append-only: merged in id order.
CREATE TABLE IF NOT EXISTS registry_facts (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  -- alternative names separated by '|'
  aliases TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  role TEXT,
  source TEXT NOT NULL CHECK (source IN ('starter', 'learned', 'analyst')),
  article_id TEXT,
  span_start INTEGER,
  span_end INTEGER,
  evidence TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS registry_facts_name ON registry_facts (name);

-- Lagebild PostgreSQL schema, version 5: a learned registry fact keeps the date of the article it
-- was seen in (article_date, YYYY[-MM[-DD]], text because article dates may be partial), i.e. when
-- the fact was true; created_at stays the time it was stored (docs/events.md, "What an article
-- teaches"). Null for analyst and starter facts and for facts stored before this version.
ALTER TABLE registry_facts ADD COLUMN IF NOT EXISTS article_date TEXT;

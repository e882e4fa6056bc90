-- Lagebild PostgreSQL schema, version 1: the same tables as SQLite (src/store/sqlite/migrations),
-- with a tsvector + GIN index for quote search and timestamptz leases for workers.

CREATE TABLE articles (
  seq           bigserial PRIMARY KEY,           -- insertion order; the earliest of near-duplicates is canonical
  id            text NOT NULL UNIQUE,
  hash          text NOT NULL UNIQUE,            -- sha256 of the whitespace-normalised text: the idempotency key
  title         text,
  lang          text,
  date          text,
  url           text,
  source        text,
  text          text NOT NULL,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'error')),
  error_code    text,
  error_message text,
  duplicate_of  text REFERENCES articles(id),
  similarity    real,
  minhash       bytea,
  n_events      integer NOT NULL DEFAULT 0,
  n_quotes      integer NOT NULL DEFAULT 0,
  ingested_at   timestamptz NOT NULL DEFAULT now(),
  lease_owner   text,
  lease_until   timestamptz,
  attempts      integer NOT NULL DEFAULT 0
);
CREATE INDEX articles_pending ON articles (seq) WHERE status = 'pending';
CREATE INDEX articles_status ON articles (status);
CREATE INDEX articles_date ON articles (date);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE article_bands (
  band       integer NOT NULL,
  key        integer NOT NULL,
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, key, article_id)
);

CREATE TABLE results (
  article_id  text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  json        json NOT NULL,                  -- json, not jsonb: keeps the key order of the contract
  analysed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mentions (
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  mention_id text NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  text       text NOT NULL,
  type       text NOT NULL,
  actor_id   text,
  PRIMARY KEY (article_id, mention_id)
);

CREATE TABLE actors (
  article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  actor_id   text NOT NULL,
  name       text NOT NULL,
  type       text NOT NULL,
  country    text,
  sector     text,
  role       text,
  mentions   integer NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX actors_name ON actors (name);

CREATE TABLE quotes (
  id              bigserial PRIMARY KEY,
  article_id      text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  quote_id        text NOT NULL,
  type            text NOT NULL,
  text            text NOT NULL,
  speaker         text,
  speaker_actor   text,
  speaker_country text,
  cue             text,
  tsv             tsvector GENERATED ALWAYS AS (to_tsvector('simple', text || ' ' || coalesce(speaker, ''))) STORED,
  UNIQUE (article_id, quote_id)
);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

CREATE TABLE events (
  article_id     text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_id       text NOT NULL,
  type           text NOT NULL,
  quad           text,
  mode           text,
  status         text NOT NULL,
  score          double precision NOT NULL,
  date           text,
  day            text,
  week           text,
  source_country text,
  target_country text,
  source_names   text NOT NULL,
  target_names   text NOT NULL,
  trigger_start  integer NOT NULL,
  trigger_end    integer NOT NULL,
  trigger_text   text NOT NULL,
  evidence_start integer NOT NULL,
  evidence_end   integer NOT NULL,
  evidence_text  text NOT NULL,
  place_name     text,
  place_country  text,
  place_lat      double precision,
  place_lon      double precision,
  quote_id       text,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_dyad ON events (source_country, target_country, day);
CREATE INDEX events_dyad_rev ON events (target_country, source_country, day);
CREATE INDEX events_type ON events (type, day);

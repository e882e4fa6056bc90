-- Newest-first listings (events by day, articles by date) read these indexes in order instead of
-- sorting every row: PostgreSQL's default index order (ASC NULLS LAST) cannot serve DESC NULLS LAST.
CREATE INDEX events_day_desc ON events (day DESC NULLS LAST);
CREATE INDEX articles_date_desc ON articles (date DESC NULLS LAST, seq DESC);

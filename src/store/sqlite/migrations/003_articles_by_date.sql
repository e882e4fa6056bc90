-- Lagebild SQLite schema, version 3: quote lists walk articles newest first (date, seq) and keep
-- only canonical ones; this index holds everything that walk reads, so it no longer reads each
-- article row (whose duplicate_of is stored after the inline text, on overflow pages).
CREATE INDEX IF NOT EXISTS articles_by_date ON articles (date, seq, duplicate_of, id, title);

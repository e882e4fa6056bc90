-- PLOVER fields of events (issue 13, stage `coding`): how sure the engine is (0..1, filtered by the
-- API's min_confidence), where the date comes from (text | article | NULL: background or undated
-- plan, such events have no day/week and the relation chart leaves them out) and the day a plan was
-- announced (plans are filed under it). NULL for rows stored before.
ALTER TABLE events ADD COLUMN confidence REAL;
ALTER TABLE events ADD COLUMN date_basis TEXT;
ALTER TABLE events ADD COLUMN announced TEXT;

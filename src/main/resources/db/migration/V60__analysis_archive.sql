-- an archived analysis leaves the lists (pages) but keeps its plans; NULL = in use
ALTER TABLE analyses ADD COLUMN archived_at TIMESTAMP;
CREATE INDEX ix_analyses_created ON analyses (created_at);

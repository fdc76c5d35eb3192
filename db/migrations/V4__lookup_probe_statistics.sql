-- Lookup probes the GIN indexes with a submission's less common word pairs only (the common ones
-- match a sizeable share of a large corpus and would have every such row fetched and ranked). It
-- learns which pairs are common from PostgreSQL's own element statistics on these columns; a larger
-- statistics target records more of them.
ALTER TABLE quotation ALTER COLUMN shingles SET STATISTICS 1000;
ALTER TABLE narration ALTER COLUMN shingles SET STATISTICS 1000;

-- The corpus is written rarely and read constantly: without a pending list, index scans never have
-- to walk unmerged entries after a large import.
ALTER INDEX quotation_by_shingles SET (fastupdate = off);
ALTER INDEX narration_by_shingles SET (fastupdate = off);

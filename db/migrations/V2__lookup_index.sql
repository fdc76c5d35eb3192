-- Lookup retrieves candidate passages by shared word pairs ("shingles", hashed to integers, pairs of
-- two stop words left out). pg_trgm's word_similarity does not scale to a million passages: the
-- posting lists of common trigrams are long. Word pairs are far more selective.

CREATE EXTENSION IF NOT EXISTS intarray;

ALTER TABLE quotation ADD COLUMN shingles integer[] NOT NULL DEFAULT '{}';
ALTER TABLE narration ADD COLUMN shingles integer[] NOT NULL DEFAULT '{}';

CREATE INDEX quotation_by_shingles ON quotation USING gin (shingles gin__int_ops);
CREATE INDEX narration_by_shingles ON narration USING gin (shingles gin__int_ops);

-- Where each Lenin quotation of a memoir stands in the Works, worked out by the citation feature when a memoir
-- is imported and when a volume it could stand in is loaded. One row a quotation, none when it is not found.
CREATE TABLE quotation_works (
    quotation_id  bigint   PRIMARY KEY REFERENCES quotation (id) ON DELETE CASCADE,
    volume        integer  NOT NULL,
    first_page    integer  NOT NULL,
    last_page     integer  NOT NULL,
    title         text,
    -- the Works wording of the passage, and how the memoir's wording compares with it
    works_text    text     NOT NULL,
    score         real     NOT NULL,
    word_share    real     NOT NULL,
    differences   jsonb    NOT NULL,
    located_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quotation_works_by_page ON quotation_works (volume, first_page, last_page);

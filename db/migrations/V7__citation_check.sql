-- Each memoir citation of a Lenin quotation checked against the Works: what the memoir claims, where the passage
-- was found, the outcome and why. Recomputed when the memoir is imported and when a volume it cites is loaded.
CREATE TABLE citation_check (
    quotation_id      bigint  PRIMARY KEY REFERENCES quotation (id) ON DELETE CASCADE,
    citation_id       bigint  NOT NULL REFERENCES citation (id) ON DELETE CASCADE,
    outcome           text    NOT NULL CHECK (outcome IN ('PAGES_MATCH', 'OTHER_PAGINATION', 'PAGE_MISMATCH',
                                  'OTHER_VOLUME', 'NOT_IN_VOLUME', 'VOLUME_UNAVAILABLE', 'NOT_A_WORKS_CITATION')),
    found_volume      integer,
    found_first_page  integer,
    found_last_page   integer,
    found_title       text,
    -- English page minus the memoir's page, when the passage is in the claimed volume on other pages
    page_offset       integer,
    -- which edition the claim's page numbers follow: STATED by the memoir, INFERRED from the check, or UNKNOWN
    edition_basis     text    NOT NULL CHECK (edition_basis IN ('STATED', 'INFERRED', 'UNKNOWN')),
    edition           text,
    explanation       text    NOT NULL,
    checked_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citation_check_by_outcome ON citation_check (outcome, quotation_id);
CREATE INDEX citation_check_by_citation ON citation_check (citation_id);

-- What a citation names besides volume and pages: its source ("Works", "Lenin Miscellany", ...) and the
-- edition, where the memoir states one.
ALTER TABLE citation ADD COLUMN source text;
ALTER TABLE citation ADD COLUMN edition text;

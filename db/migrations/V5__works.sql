-- Lenin's Collected Works (English, 4th edition), loaded at first start from the committed data files
-- (src/main/resources/works/, converted from the PDFs by bin/convert-works). A volume is loaded whole in one
-- transaction; a changed data file (another hash) replaces the volume whole.

CREATE TABLE works_volume (
    volume         integer     PRIMARY KEY,
    period         text,
    edition        text        NOT NULL,
    source_file    text        NOT NULL,
    source_sha256  text        NOT NULL,
    -- the hash of the data file the rows came from, and the loader's format: a change of either re-loads it
    data_sha256    text        NOT NULL,
    first_page     integer     NOT NULL,
    last_page      integer     NOT NULL,
    pages          integer     NOT NULL,
    loaded_at      timestamptz NOT NULL DEFAULT now()
);

-- Lenin's works in the volume, and the editors' sections (preface, notes, indexes) with editorial = true.
CREATE TABLE works_work (
    volume      integer NOT NULL REFERENCES works_volume (volume) ON DELETE CASCADE,
    ordinal     integer NOT NULL,
    title       text    NOT NULL,
    first_page  integer NOT NULL,
    last_page   integer NOT NULL,
    editorial   boolean NOT NULL,
    PRIMARY KEY (volume, ordinal)
);

-- One printed page: its number as printed (what citations mean) and its text, paragraphs joined by newlines.
CREATE TABLE works_page (
    volume    integer NOT NULL REFERENCES works_volume (volume) ON DELETE CASCADE,
    page      integer NOT NULL,
    pdf_page  integer NOT NULL,
    body      text    NOT NULL,
    PRIMARY KEY (volume, page)
);

-- Whose words each stretch of a page is: Lenin's, a passage he quotes from someone else, or the editors'.
CREATE TABLE works_stretch (
    volume        integer NOT NULL,
    page          integer NOT NULL,
    ordinal       integer NOT NULL,
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    kind          text    NOT NULL CHECK (kind IN ('LENIN', 'QUOTED', 'EDITORIAL')),
    source        text,
    PRIMARY KEY (volume, page, ordinal),
    FOREIGN KEY (volume, page) REFERENCES works_page (volume, page) ON DELETE CASCADE
);

-- What lookup searches: the text cut into passages of a few sentences, each of one kind, running on across
-- page breaks. page_starts holds the offsets in body where each following printed page begins. stems are
-- the English stems of the passage's content words in text order (Snowball, app.verbatim.text.Stems), from
-- which every instance builds its in-memory index; a submission is stemmed the same way.
CREATE TABLE works_passage (
    volume       integer  NOT NULL REFERENCES works_volume (volume) ON DELETE CASCADE,
    ordinal      integer  NOT NULL,
    run          integer  NOT NULL,
    kind         text     NOT NULL CHECK (kind IN ('LENIN', 'QUOTED', 'EDITORIAL')),
    source       text,
    work         integer,
    first_page   integer  NOT NULL,
    page_starts  integer[] NOT NULL,
    body         text     NOT NULL,
    words        integer  NOT NULL,
    stems        text[]   NOT NULL,
    PRIMARY KEY (volume, ordinal)
);

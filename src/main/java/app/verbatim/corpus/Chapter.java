package app.verbatim.corpus;

import jakarta.persistence.Entity;

@Entity
public class Chapter extends MemoirSpan {

    public int ordinal;
    /** The number of a "Chapter N: Title" heading; null for a memoir without headings. */
    public Integer number;
    public String title;
}

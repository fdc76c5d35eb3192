package app.verbatim.corpus;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stretch of the memoirist's own words, outside any quotation. */
@Entity
public class Narration extends MemoirSpan {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id")
    public Chapter chapter;

    public String body;

    /** Hashed word pairs of the normalised text: what lookup retrieves candidates by (GIN index). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] shingles;
}

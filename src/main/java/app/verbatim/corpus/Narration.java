package app.verbatim.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stretch of the memoirist's own words, outside any quotation. */
@Entity
public class Narration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "memoir_id")
    public Memoir memoir;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id")
    public Chapter chapter;

    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
    public String body;

    /** Hashed word pairs of the normalised text: what lookup retrieves candidates by (GIN index). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] shingles;
}

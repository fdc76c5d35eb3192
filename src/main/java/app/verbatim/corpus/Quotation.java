package app.verbatim.corpus;

import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Words a memoir puts in quotation marks, with who said or wrote them and the citation claimed. */
@Entity
public class Quotation extends MemoirSpan {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id")
    public Chapter chapter;

    public int ordinal;
    public String body;
    public String speaker;
    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_kind")
    public SpeakerKind speakerKind;
    public boolean lenin;
    public float confidence;
    @Column(name = "attribution_note")
    public String attributionNote;
    public String reporter;
    /** The body in whose name Lenin wrote the words (a decree, a resolution), when they were issued so. */
    @Column(name = "issuing_body")
    public String issuingBody;
    @Enumerated(EnumType.STRING)
    public QuotationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "citation_id")
    public Citation citation;

    /** Hashed word pairs of the normalised text: what lookup retrieves candidates by (GIN index). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] shingles;

    /** The duplicate cluster this quotation belongs to, when the same passage is quoted elsewhere. */
    @Column(name = "cluster_id")
    public Long clusterId;
}

package app.verbatim.review;

import java.time.OffsetDateTime;
import java.util.UUID;

import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A reviewer's decision about one quotation, with the whole decided state, so that it outlives the quotation row
 * (re-imports recreate rows). {@code version} counts decisions; it is a plain column rather than Hibernate's
 * {@code @Version} because a re-import moving the passage, or a restore, writes the review without it being a
 * decision. Concurrent decisions are serialised by the memoir's lock ({@link QuotationRows#lockMemoir}).
 */
@Entity
@jakarta.persistence.Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID uid;
    @Column(name = "memoir_id")
    public long memoirId;
    @Column(name = "quotation_id")
    public Long quotationId;
    public String status;
    public boolean orphaned;
    public String speaker;
    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_kind")
    public SpeakerKind speakerKind;
    @Column(name = "issuing_body")
    public String issuingBody;
    @Enumerated(EnumType.STRING)
    public QuotationKind kind;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;
    public String body;
    /** JSON of a {@link ReviewCitation}, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String citation;
    @Column(name = "located_hash")
    public String locatedHash;
    public int version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    ReviewStatus status() {
        return ReviewStatus.parse(status).orElseThrow();
    }

    QuotationState state() {
        return new QuotationState(speaker, speakerKind, issuingBody, kind, startOffset, endOffset, body, ReviewJson.citation(citation));
    }

    void state(QuotationState s) {
        speaker = s.speaker();
        speakerKind = s.speakerKind();
        issuingBody = s.issuingBody();
        kind = s.kind();
        startOffset = s.start();
        endOffset = s.end();
        body = s.text();
        citation = ReviewJson.write(s.citation());
    }
}

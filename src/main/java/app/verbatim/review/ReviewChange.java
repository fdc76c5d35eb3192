package app.verbatim.review;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One field of a review changed: old and new values (JSON), when, why, and the name of the admin key that made the
 * change; no key name when the service recorded it (a re-import moved the passage, or it no longer stands).
 */
@Entity
@jakarta.persistence.Table(name = "review_change")
public class ReviewChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "review_id")
    public long reviewId;
    public int version;
    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
    @Column(name = "key_name")
    public String keyName;
    public String reason;
    public String field;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "old_value")
    public String oldValue;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "new_value")
    public String newValue;
}

package app.verbatim.corpus;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The places one Lenin passage is quoted; members point here through {@code quotation.cluster_id}. */
@Entity
@Table(name = "duplicate_cluster")
public class DuplicateCluster extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}

package app.verbatim.corpus;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Memoir extends PanacheEntityBase {

    public enum Origin { SEED, USER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String author;
    public String title;
    public String part;
    @Column(name = "edition_note")
    public String editionNote;
    @Enumerated(EnumType.STRING)
    public Origin origin;
    @Column(name = "content_hash")
    public String contentHash;
    /** Lazy: listings and quotation pages never need the whole text. */
    @Basic(fetch = FetchType.LAZY)
    public String body;
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
}

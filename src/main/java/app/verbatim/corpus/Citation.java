package app.verbatim.corpus;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/** A memoirist's claim that quoted words stand in Lenin's Works at this volume and these pages. */
@Entity
public class Citation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "memoir_id")
    public Memoir memoir;

    public int ordinal;
    public String raw;
    public Integer volume;
    @Column(name = "first_page")
    public Integer firstPage;
    public boolean ibid;
    @Column(name = "start_offset")
    public int startOffset;
    @Column(name = "end_offset")
    public int endOffset;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "citation_page_range", joinColumns = @JoinColumn(name = "citation_id"))
    @OrderColumn(name = "seq")
    public List<PageRange> pages = new ArrayList<>();
}

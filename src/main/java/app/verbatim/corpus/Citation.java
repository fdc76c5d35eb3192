package app.verbatim.corpus;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A memoirist's claim that quoted words stand in Lenin's Works at this volume and these pages. */
@Entity
public class Citation extends MemoirSpan {

    public int ordinal;
    public String raw;
    public Integer volume;
    @Column(name = "first_page")
    public Integer firstPage;
    public boolean ibid;
    /** What the claim cites: "Works", "Lenin Miscellany", ...; null when the memoir does not say. */
    public String source;
    /** The edition the memoir states, if it states one. */
    public String edition;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "citation_page_range", joinColumns = @JoinColumn(name = "citation_id"))
    @OrderColumn(name = "seq")
    public List<CitedPages> pages = new ArrayList<>();
}

package app.verbatim.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One group of pages of a citation: "pp. 316, 317-18" has two. */
@Embeddable
public class CitedPages {

    @Column(name = "first_page")
    public int firstPage;
    @Column(name = "last_page")
    public int lastPage;

    protected CitedPages() {
    }

    public CitedPages(int firstPage, int lastPage) {
        this.firstPage = firstPage;
        this.lastPage = lastPage;
    }
}

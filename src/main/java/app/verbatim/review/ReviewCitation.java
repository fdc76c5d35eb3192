package app.verbatim.review;

import java.util.List;
import java.util.Objects;

import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;

/**
 * A citation as a reviewer decides it: the source ("Works" unless another is named), volume, pages and edition;
 * {@code raw} is how it reads (the memoir's words for an extracted citation, a formatted one for a reviewer's).
 */
public record ReviewCitation(String source, Integer volume, List<PageRange> pages, String edition, String raw) {

    public ReviewCitation {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A reviewer's citation, its reading formatted the way the memoirs write one. */
    static ReviewCitation of(String source, Integer volume, List<PageRange> pages, String edition) {
        String works = CitationFormat.works(volume, pages);
        String raw;
        if (works == null) {
            raw = source;
        } else if (source == null || isWorks(source)) {
            raw = works;
        } else {
            raw = source + works.substring("Works".length());
        }
        if (edition != null) {
            raw = raw + " (" + edition + ")";
        }
        return new ReviewCitation(source, volume, pages, edition, raw);
    }

    static boolean isWorks(String source) {
        return source.equalsIgnoreCase("Works") || source.equalsIgnoreCase("Collected Works");
    }

    /** The same claim: source, volume, pages and edition; how it was printed does not count. */
    boolean sameClaim(ReviewCitation other) {
        return other != null && Objects.equals(normalSource(), other.normalSource()) && Objects.equals(volume, other.volume)
                && pages.equals(other.pages) && Objects.equals(edition, other.edition);
    }

    private String normalSource() {
        return source == null || isWorks(source) ? "Works" : source;
    }

    static boolean sameClaim(ReviewCitation a, ReviewCitation b) {
        return a == null ? b == null : a.sameClaim(b);
    }

    /** "Works, Vol. 26, pp. 254-55" as the other views show it, falling back to the reading. */
    public String display() {
        return CitationFormat.display(volume, pages, raw);
    }
}

package app.verbatim.text;

import java.util.ArrayList;
import java.util.List;

/** Printed pages {@code first} to {@code last}, both included: "pp. 317-18" is (317, 318). */
public record PageRange(int first, int last) {

    public PageRange {
        if (last < first) {
            throw new IllegalArgumentException("a page range cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    public static PageRange of(int page) {
        return new PageRange(page, page);
    }

    /** The ranges paired from parallel arrays of first and last pages, as a query's two ARRAY columns return them. */
    public static List<PageRange> pairs(Object[] firsts, Object[] lasts) {
        List<PageRange> pages = new ArrayList<>(firsts.length);
        for (int i = 0; i < firsts.length; i++) {
            pages.add(new PageRange(((Number) firsts[i]).intValue(), ((Number) lasts[i]).intValue()));
        }
        return pages;
    }

    public boolean single() {
        return first == last;
    }

    /** How many pages the range spans: "pp. 317-18" is two. */
    public int count() {
        return last - first + 1;
    }

    public boolean contains(int page) {
        return first <= page && page <= last;
    }
}

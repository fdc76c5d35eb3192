package app.verbatim.api;

import java.util.List;

import app.verbatim.text.PageRange;

/**
 * Where words stand in Lenin's Collected Works: volume, printed pages, the work's title and the edition the
 * pages belong to. {@code wordShare} is the share of the looked-up words' weight (rare words weigh more) the
 * Works passage holds: near 1 for the same words, high for another translation of them. {@code locatedBy}: the
 * Works search found the words, or a memoir quotation they match was located there (in the volume its citation
 * names) when it was imported.
 */
public record WorksLocation(int volume, List<PageRange> pages, String title, String edition, Double wordShare,
                            LocatedBy locatedBy) {

    /** How a Works location was found. */
    public enum LocatedBy { SEARCH, MEMOIR_QUOTATION }
}

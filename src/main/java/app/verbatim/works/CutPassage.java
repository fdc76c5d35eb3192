package app.verbatim.works;

import app.verbatim.works.data.Stretch;

/**
 * A few sentences of one kind (Lenin's, quoted, editorial) that lookup retrieves and aligns: {@code run}
 * numbers the unbroken stretch of one kind it belongs to, so neighbouring passages of a run can be read
 * together; {@code pageStarts} are the offsets in {@code body} where each following printed page begins.
 */
record CutPassage(int ordinal, int run, Stretch.Kind kind, String source, Integer work, int firstPage,
                  int[] pageStarts, String body, int words) {

    /** The printed page on which the character at {@code offset} stands. */
    int pageAt(int offset) {
        int page = firstPage;
        for (int start : pageStarts) {
            if (offset >= start) {
                page++;
            }
        }
        return page;
    }
}

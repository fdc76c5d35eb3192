package app.verbatim.corpus;

import java.util.SortedMap;

/** What an import found and stored. */
public record ImportSummary(
        long memoirId,
        String slug,
        Outcome outcome,
        int chapters,
        int quotations,
        int leninQuotations,
        int uncertainAttributions,
        int citations,
        int narrationPassages,
        SortedMap<Integer, Integer> citationsPerVolume) {

    public enum Outcome { CREATED, REPLACED, UNCHANGED }
}

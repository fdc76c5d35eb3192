package app.verbatim.duplicates;

import app.verbatim.api.WordingDifference;

import java.util.List;

import app.verbatim.api.QuotationView;
import app.verbatim.lookup.LookupResult;

/**
 * One Lenin passage quoted in several places. {@code passage} is the longest wording; every member's
 * {@code differences} align its wording against that one (the reference).
 */
public record DuplicateClusterView(
        long id,
        String passage,
        int size,
        List<String> memoirs,
        List<String> citations,
        boolean conflictingCitations,
        List<Member> members) {

    public record Member(QuotationView quotation, List<WordingDifference> differences) {
    }
}

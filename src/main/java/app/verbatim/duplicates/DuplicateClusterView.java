package app.verbatim.duplicates;

import app.verbatim.api.WordDifference;

import java.util.List;

import app.verbatim.api.QuotationView;
import app.verbatim.lookup.LookupResult;

/**
 * One Lenin passage quoted in several places. {@code passage} is the longest wording; every member's
 * {@code differences} align its wording (as "submitted") against that one (as "stored").
 */
public record DuplicateClusterView(
        long id,
        String passage,
        int size,
        List<String> memoirs,
        List<String> citations,
        boolean conflictingCitations,
        List<Member> members) {

    public record Member(QuotationView quotation, List<WordDifference> differences) {
    }
}

package app.verbatim.lookup;

import app.verbatim.api.CitationCheckView;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.verbatim.api.QuotationView;
import app.verbatim.api.WordDifference;
import app.verbatim.api.WordingDifference;
import app.verbatim.api.WorksLocation;
import app.verbatim.match.Difference;
import app.verbatim.match.VerdictPolicy;

/**
 * What a submitted quotation is, and where the memoirs and the Works have it; {@code searched} says what was
 * looked in, so a NOT_FOUND says how far the search went.
 */
public record LookupResult(VerdictPolicy.Verdict verdict, String explanation, String attributedTo, Searched searched,
                           List<LookupMatch> matches) {

    /** Where a match was found. */
    public enum Source { MEMOIR, WORKS }

    /**
     * Whose words the matched passage holds: a memoir's quotation or its author's narration; in the Works,
     * Lenin's own words, words he quotes from someone else, or the editors'.
     */
    public enum Kind { QUOTATION, NARRATION, LENIN, QUOTED, EDITORIAL }

    /** The memoirs, and the volumes of the Works searched; the volumes of the edition there is no text of. */
    public record Searched(boolean memoirs, int worksVolumes, List<Integer> missingVolumes, boolean worksLoading) {
    }

    /**
     * A stored passage that matches: a memoir's quotation ({@code quotationId}) or narration ({@code narrationId}),
     * or a passage of the Works ({@code works}). {@code location} is the matched part, as offsets in {@code text}.
     */
    public record LookupMatch(
            Source source,
            Kind kind,
            Long quotationId,
            Long narrationId,
            String speaker,
            boolean lenin,
            String text,
            @JsonInclude(JsonInclude.Include.NON_NULL) QuotationView.MemoirRef memoir,
            @JsonInclude(JsonInclude.Include.NON_NULL) WorksLocation works,
            QuotationView.Location location,
            QuotationView.CitationView citation,
            @JsonInclude(JsonInclude.Include.NON_NULL) CitationCheckView citationCheck,
            double score,
            boolean exact,
            List<WordDifference> differences,
            List<Duplicate> duplicates) {
    }

    /**
     * Another place the same Lenin passage is quoted; {@code differences} align its wording against the match's
     * (the reference).
     */
    public record Duplicate(
            long quotationId,
            String text,
            QuotationView.MemoirRef memoir,
            QuotationView.CitationView citation,
            boolean citationDiffers,
            List<WordingDifference> differences) {
    }

    /** The alignment's steps as the API shows them. */
    public static List<WordDifference> differences(List<Difference> differences) {
        return differences.stream()
                .map(d -> new WordDifference(d.op().name().toLowerCase(Locale.ROOT), d.submitted(), d.stored()))
                .toList();
    }
}

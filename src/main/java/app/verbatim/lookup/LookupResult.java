package app.verbatim.lookup;

import java.util.List;
import java.util.Locale;

import app.verbatim.api.QuotationView;
import app.verbatim.match.Difference;
import app.verbatim.match.VerdictPolicy;

/** What a submitted quotation is, and where the corpus has it. */
public record LookupResult(VerdictPolicy.Verdict verdict, String explanation, String attributedTo, List<LookupMatch> matches) {

    /**
     * A stored passage that matches: a quotation ({@code quotationId}) or a stretch of a memoirist's
     * narration ({@code narrationId}). {@code location} is the matched part, as offsets in {@code text}.
     */
    public record LookupMatch(
            Long quotationId,
            Long narrationId,
            CandidateFinder.Source source,
            String speaker,
            boolean lenin,
            String text,
            QuotationView.MemoirRef memoir,
            QuotationView.Location location,
            QuotationView.CitationView citation,
            double score,
            boolean exact,
            List<WordDifference> differences,
            List<Duplicate> duplicates) {
    }

    /**
     * Another place the same Lenin passage is quoted; {@code differences} align its wording
     * (as "submitted") against the match's (as "stored").
     */
    public record Duplicate(
            long quotationId,
            String text,
            QuotationView.MemoirRef memoir,
            QuotationView.CitationView citation,
            boolean citationDiffers,
            List<WordDifference> differences) {
    }

    /** One step of the word alignment: equal, replace, insert (only submitted) or delete (only stored). */
    public record WordDifference(String op, String submitted, String stored) {

        public static List<WordDifference> of(List<Difference> differences) {
            return differences.stream()
                    .map(d -> new WordDifference(d.op().name().toLowerCase(Locale.ROOT), d.submitted(), d.stored()))
                    .toList();
        }
    }
}

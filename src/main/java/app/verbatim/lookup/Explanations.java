package app.verbatim.lookup;

import java.util.List;
import java.util.stream.Collectors;

import app.verbatim.lookup.LookupResult.LookupMatch;
import app.verbatim.match.VerdictPolicy.Verdict;
import app.verbatim.text.CitationFormat;
import app.verbatim.text.Speakers;

/** One sentence a person reads first: what the submission is, where it comes from, and what was searched. */
final class Explanations {

    private Explanations() {
    }

    static String of(Verdict verdict, List<LookupMatch> matches, LookupResult.Searched searched) {
        if (verdict == Verdict.NOT_FOUND || matches.isEmpty()) {
            return "Not in the memoirs, nor in " + volumes(searched) + ", or not close enough to anything there.";
        }
        LookupMatch best = matches.get(0);
        String where = where(best);
        return switch (verdict) {
            case VERIFIED -> "Lenin's words: " + where + ".";
            case VARIANT -> "A variant of Lenin's words in " + where + "; the wording differs (see differences).";
            case MISATTRIBUTED -> misattributed(best, where);
            case NOT_FOUND -> throw new IllegalStateException("handled above");
        };
    }

    private static String misattributed(LookupMatch best, String where) {
        return switch (best.kind()) {
            case NARRATION -> "Not Lenin's words: " + best.memoir().author() + "'s own narration in " + where + ".";
            case QUOTED -> "Not Lenin's words: " + (Speakers.UNKNOWN.equals(best.speaker()) ? "a passage"
                    : best.speaker() + "'s words") + " that Lenin quotes, in " + where + ".";
            case EDITORIAL -> "Not Lenin's words: the editors', in " + where + ".";
            case QUOTATION, LENIN -> Speakers.UNKNOWN.equals(best.speaker())
                    ? "Not attributed to Lenin: " + where + " quotes these words without naming the speaker."
                    : "Not Lenin's words: " + best.speaker() + "'s, as quoted in " + where + ".";
        };
    }

    /** "Collected Works, Vol. 26, p. 289 (On Socialism)" or "N. K. Krupskaya, Reminiscences of Lenin (part), cited as ...". */
    static String where(LookupMatch match) {
        if (match.source() == LookupResult.Source.WORKS) {
            var w = match.works();
            return "Collected Works, " + CitationFormat.works(w.volume(), w.pages()).substring("Works, ".length())
                    + (w.title() == null ? "" : " (" + w.title() + ")");
        }
        var m = match.memoir();
        String memoir = m.author() + ", " + m.title() + (m.part() == null ? "" : " (" + m.part() + ")");
        return match.citation() == null ? memoir : memoir + ", cited as " + match.citation().display();
    }

    private static String volumes(LookupResult.Searched searched) {
        String missing = searched.missingVolumes().stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (searched.worksLoading()) {
            // a restart or first start: volumes not yet loaded are not missing from the edition, and may hold the words
            return "the " + searched.worksVolumes() + " volumes of the Collected Works loaded so far (the Works are still"
                    + " loading; ask again in a minute" + (missing.isEmpty() ? "" : ": volumes " + missing + " not searched")
                    + ")";
        }
        return "the " + searched.worksVolumes() + " available volumes of the Collected Works"
                + (missing.isEmpty() ? "" : " (volumes " + missing + " are not available)");
    }
}

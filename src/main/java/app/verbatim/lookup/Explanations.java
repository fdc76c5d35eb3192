package app.verbatim.lookup;

import java.util.List;

import app.verbatim.match.VerdictPolicy.Verdict;
import app.verbatim.text.Speakers;

/** One sentence a person reads first: what the submission is and where it comes from. */
final class Explanations {

    private Explanations() {
    }

    static String of(Verdict verdict, List<LookupResult.LookupMatch> matches) {
        if (verdict == Verdict.NOT_FOUND || matches.isEmpty()) {
            return "No memoir in the corpus quotes these words, or anything close enough to them.";
        }
        LookupResult.LookupMatch best = matches.get(0);
        String source = best.memoir().author() + ", " + best.memoir().title()
                + (best.memoir().part() == null ? "" : " (" + best.memoir().part() + ")");
        String cited = best.citation() == null ? "" : ", cited as " + best.citation().display();
        return switch (verdict) {
            case VERIFIED -> "Lenin's words as quoted in " + source + cited + ".";
            case VARIANT -> "A variant of Lenin's words as quoted in " + source + cited
                    + "; the wording differs (see differences).";
            case MISATTRIBUTED -> best.source() == CandidateFinder.Source.NARRATION
                    ? "Not Lenin's words: " + best.memoir().author() + "'s own narration in " + source + "."
                    : Speakers.UNKNOWN.equals(best.speaker())
                    ? "Not attributed to Lenin: " + source + " quotes these words without naming the speaker" + cited + "."
                    : "Not Lenin's words: " + best.speaker() + "'s, as quoted in " + source + cited + ".";
            case NOT_FOUND -> throw new IllegalStateException("handled above");
        };
    }
}

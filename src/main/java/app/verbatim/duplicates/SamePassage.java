package app.verbatim.duplicates;

import app.verbatim.match.Match;
import app.verbatim.match.PassageMatcher;
import app.verbatim.text.TextNormaliser;

/**
 * Decides whether two quotations quote the same passage: the shorter must align inside the longer
 * over enough words that a shared stock phrase ("the Council of People's Commissars") is not enough.
 */
public final class SamePassage {

    /** Aligned words needed when neither quotation is short. */
    static final int MIN_SHARED_WORDS = 8;
    /** A short quotation must be almost wholly inside the other. */
    static final double MIN_COVERAGE_OF_SHORT = 0.85;
    static final int SHORT = 12;
    /**
     * The shorter wording must read as a stretch of the longer one. Lower, and a long passage offers
     * enough common words ("the ... of the ... people") to align with anything.
     */
    static final double MIN_SCORE = 0.6;

    private final PassageMatcher matcher = new PassageMatcher();

    public boolean test(String a, String b) {
        int wordsA = words(a);
        int wordsB = words(b);
        String shorter = wordsA <= wordsB ? a : b;
        String longer = shorter == a ? b : a;
        int shortWords = Math.min(wordsA, wordsB);
        if (shortWords < 6) {
            return false;
        }
        Match match = matcher.match(shorter, longer);
        double aligned = match.coverage() * shortWords;
        if (shortWords < SHORT) {
            return match.coverage() >= MIN_COVERAGE_OF_SHORT && match.score() >= 0.7;
        }
        return aligned >= MIN_SHARED_WORDS && match.score() >= MIN_SCORE;
    }

    private static int words(String text) {
        return (int) TextNormaliser.tokenize(text).stream().filter(t -> !t.isEllipsis()).count();
    }
}

package app.verbatim.match;

/**
 * Turns the best Lenin match and the best non-Lenin match (another speaker's quotation or memoir
 * narration) for one submission into the answer shown to the user.
 */
public final class VerdictPolicy {

    public enum Verdict { VERIFIED, VARIANT, MISATTRIBUTED, NOT_FOUND }

    /**
     * @param verified      minimum score of an exact Lenin match (exact already means the same words;
     *                      this only guards against degenerate alignments)
     * @param variant       minimum score of a non-exact Lenin match to call it a variant
     * @param misattributed minimum score of a non-Lenin match to call the submission misattributed
     */
    public record Thresholds(double verified, double variant, double misattributed) {
        /**
         * Chosen on src/test/resources/eval/lookup-eval.tsv (LookupEvaluation.main sweeps them):
         * best Lenin scores of negatives reach 0.667 (a fake blending two real clauses), non-exact
         * positives start at 0.756 (a heavy synonym paraphrase), so variant sits in the
         * 0.65–0.75 plateau; non-Lenin scores of positives/fakes reach 0.667 while true
         * misattributions start at 0.846, so misattributed sits in the 0.60–0.80 plateau.
         */
        public static final Thresholds DEFAULTS = new Thresholds(0.95, 0.70, 0.70);
    }

    /** "the working class", "the Soviet power": shorter overlaps are everywhere and prove nothing. */
    public static final int MIN_MATCHED_WORDS = 4;
    /** Most of the submission must be found, or a long invented text with one real phrase passes. */
    public static final double MIN_COVERAGE = 0.6;
    /** A non-Lenin passage wins over a partial Lenin match only when it is clearly better. */
    public static final double CLEARLY_BETTER = 0.1;

    private final Thresholds thresholds;

    public VerdictPolicy() {
        this(Thresholds.DEFAULTS);
    }

    public VerdictPolicy(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * @param bestLenin best match among passages attributed to Lenin, or null if none was retrieved
     * @param bestOther best match among other speakers' quotations and narration, or null
     */
    public Verdict decide(Match bestLenin, Match bestOther) {
        boolean leninFound = substantial(bestLenin) && bestLenin.score() >= thresholds.variant();
        boolean otherFound = substantial(bestOther) && bestOther.score() >= thresholds.misattributed();
        if (leninFound) {
            boolean verbatim = bestLenin.exact() && !bestLenin.negationChanged()
                    && bestLenin.score() >= thresholds.verified();
            if (verbatim) {
                return Verdict.VERIFIED;
            }
            // a narration sentence that merely shares a clause with a Lenin quotation is the memoirist's
            if (otherFound && bestOther.score() >= bestLenin.score() + CLEARLY_BETTER) {
                return Verdict.MISATTRIBUTED;
            }
            return Verdict.VARIANT;
        }
        if (otherFound && (bestLenin == null || bestOther.score() >= bestLenin.score() + CLEARLY_BETTER)) {
            return Verdict.MISATTRIBUTED;
        }
        return Verdict.NOT_FOUND;
    }

    private static boolean substantial(Match m) {
        return m != null && m.matchedWords() >= MIN_MATCHED_WORDS && m.coverage() >= MIN_COVERAGE;
    }
}

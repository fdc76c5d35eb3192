package app.verbatim.api;

/**
 * One step of the word alignment of one stored wording against another: a duplicate against the match it is shown
 * with, a cluster member against the cluster's passage, a memoir's quotation against the Works. Neither wording was
 * submitted, so the sides are named for what they are: {@code wording} is the words of the quotation this
 * difference belongs to, {@code reference} those of the wording it is compared with. {@code op} as in
 * {@link WordDifference}: insert is only in this wording, delete only in the reference.
 */
public record WordingDifference(String op, String wording, String reference) {

    /** An alignment made by the matcher, which names its sides submitted and stored. */
    public static WordingDifference of(WordDifference step) {
        return new WordingDifference(step.op(), step.submitted(), step.stored());
    }
}

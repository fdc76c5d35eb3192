package app.verbatim.match;

import java.util.HashSet;
import java.util.Set;

/**
 * How much of a submission's content words another text holds in one stretch: the evidence that the stretch is
 * another translation of the submission. First a local alignment of the two stem sequences (Smith–Waterman:
 * a shared stem scores its weight, rarer stems weighing more, and each stem skipped costs {@link #GAP}) finds
 * where the submission sits; then, because a translator may reorder a sentence, the stems the submission and
 * that stretch (widened a little) share are counted in any order.
 *
 * @param orderedShare weight aligned in order / weight of all the submission's stems
 * @param share        weight of the submission's distinct stems found in the stretch / weight of all of them
 * @param shared       how many distinct submission stems the stretch holds
 * @param distinct     how many distinct stems the submission has
 * @param first        index of the stretch's first stem in the other text's sequence (-1 when none aligned)
 * @param last         index of its last stem
 */
public record StemOverlap(double orderedShare, double share, int shared, int distinct, int first, int last) {

    /** What skipping one stem costs, in weight units (a stem held by a tenth of the passages weighs about 2.4). */
    static final double GAP = 0.35;

    /**
     * Fewer shared content words than this are a coincidence, whatever their weight: the famous fakes share up to
     * five with some passage of Lenin's ("capitalists", "rope", "hang"; "working class take power hands"), the
     * memoirs' retranslations of his passages seven or more (measured on the seeds' cited quotations).
     */
    public static final int MIN_SHARED = 6;

    /** Another translation keeps at least half of a passage's distinct content words. */
    public static final double MIN_SHARED_FRACTION = 0.5;

    public static final StemOverlap NONE = new StemOverlap(0, 0, 0, 0, -1, -1);

    /**
     * @param submission the submission's stems as ids, in text order; a stem the other text never has gets a
     *                   negative id of its own
     * @param weights    the weight of each of those stems
     * @param other      the other text's stems as ids, in text order
     */
    public static StemOverlap of(int[] submission, double[] weights, int[] other) {
        int n = submission.length;
        int m = other.length;
        Set<Integer> distinct = new HashSet<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (distinct.add(submission[i])) {
                total += weights[i];
            }
        }
        if (n == 0 || m == 0 || total == 0) {
            return NONE;
        }
        double[][] score = new double[n + 1][m + 1];
        double best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            int s = submission[i - 1];
            for (int j = 1; j <= m; j++) {
                double diagonal = s >= 0 && s == other[j - 1] ? score[i - 1][j - 1] + weights[i - 1] : 0;
                double v = Math.max(0, Math.max(diagonal, Math.max(score[i - 1][j] - GAP, score[i][j - 1] - GAP)));
                score[i][j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best == 0) {
            return new StemOverlap(0, 0, 0, distinct.size(), -1, -1);
        }
        double aligned = 0;
        int first = bj - 1;
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && score[i][j] > 0) {
            boolean same = submission[i - 1] >= 0 && submission[i - 1] == other[j - 1];
            if (same && Math.abs(score[i][j] - (score[i - 1][j - 1] + weights[i - 1])) < 1e-9) {
                aligned += weights[i - 1];
                first = j - 1;
                i--;
                j--;
            } else if (Math.abs(score[i][j] - (score[i - 1][j] - GAP)) < 1e-9) {
                i--;
            } else {
                j--;
            }
        }
        int last = bj - 1;
        // a translator may move a clause: count what the stretch, widened by a quarter of the submission, holds
        int slack = Math.max(3, n / 4);
        Set<Integer> present = new HashSet<>();
        for (int k = Math.max(0, first - slack); k <= Math.min(m - 1, last + slack); k++) {
            present.add(other[k]);
        }
        double held = 0;
        int shared = 0;
        Set<Integer> counted = new HashSet<>();
        for (int k = 0; k < n; k++) {
            int s = submission[k];
            if (s >= 0 && present.contains(s) && counted.add(s)) {
                held += weights[k];
                shared++;
            }
        }
        return new StemOverlap(Math.min(1, aligned / total), Math.min(1, held / total), shared, distinct.size(), first, last);
    }

    /**
     * The stretch is the submission in other words: most of its content words, by weight and by number, and
     * more than a handful of them. A short submission is never judged a translation this way: its few words
     * must align word by word instead.
     */
    public boolean translates(double minShare) {
        return translates(minShare, MIN_SHARED, MIN_SHARED_FRACTION);
    }

    /** As {@link #translates(double)}, with the other two bars given (a search already narrowed to one volume may lower them). */
    public boolean translates(double minShare, int minShared, double minFraction) {
        return share >= minShare && shared >= minShared && shared >= minFraction * distinct;
    }
}

package app.verbatim.match;

import java.util.List;
import java.util.Map;

import app.verbatim.text.Stems.Stem;

/**
 * How much of a submission's content another text holds in one compact stretch, in order: a local alignment
 * of the two stem sequences (Smith–Waterman) in which a shared stem scores its weight (rare stems weigh more)
 * and every stem skipped on either side costs a little. Another translation of a passage keeps most of its
 * rare content words, in nearly the same order and within a stretch of about the same length; a text that
 * merely shares some words scatters them.
 *
 * @param share   weight of the stems aligned / weight of all the submission's stems
 * @param matched how many stems aligned
 * @param first   index of the first aligned stem in the other text's stem list (-1 when none)
 * @param last    index of the last aligned stem there
 */
public record StemOverlap(double share, int matched, int first, int last) {

    /** What skipping one stem costs, in weight units (a stem of a word in a tenth of the passages weighs ~2.4). */
    static final double GAP = 0.35;

    public static final StemOverlap NONE = new StemOverlap(0, 0, -1, -1);

    /**
     * @param weights the weight of each of the submission's stems; a stem missing here weighs 1
     */
    public static StemOverlap of(List<Stem> submission, List<Stem> other, Map<String, Double> weights) {
        int n = submission.size();
        int m = other.size();
        if (n == 0 || m == 0) {
            return NONE;
        }
        double total = 0;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weights.getOrDefault(submission.get(i).stem(), 1.0);
            total += w[i];
        }
        double[][] score = new double[n + 1][m + 1];
        double best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            String s = submission.get(i - 1).stem();
            for (int j = 1; j <= m; j++) {
                double diagonal = s.equals(other.get(j - 1).stem()) ? score[i - 1][j - 1] + w[i - 1] : 0;
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
            return NONE;
        }
        // walk back to the region's start, summing what aligned
        double held = 0;
        int matched = 0;
        int first = bj - 1;
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && score[i][j] > 0) {
            boolean same = submission.get(i - 1).stem().equals(other.get(j - 1).stem());
            if (same && Math.abs(score[i][j] - (score[i - 1][j - 1] + w[i - 1])) < 1e-9) {
                held += w[i - 1];
                matched++;
                first = j - 1;
                i--;
                j--;
            } else if (Math.abs(score[i][j] - (score[i - 1][j] - GAP)) < 1e-9) {
                i--;
            } else {
                j--;
            }
        }
        return new StemOverlap(held / total, matched, first, bj - 1);
    }
}

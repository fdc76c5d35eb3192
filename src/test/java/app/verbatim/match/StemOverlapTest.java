package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StemOverlapTest {

    @Test
    void shouldFindTheSubmissionsStemsInOrderAmongOthers() {
        // submission: stems 1 2 3 4; the other text holds them in order with two strangers between
        StemOverlap o = StemOverlap.of(new int[] {1, 2, 3, 4}, new double[] {2, 2, 2, 2}, new int[] {9, 9, 1, 2, 8, 3, 4, 9});

        assertEquals(1.0, o.share(), 1e-9);
        assertEquals(1.0, o.orderedShare(), 1e-9);
        assertEquals(4, o.shared());
        assertEquals(2, o.first());
        assertEquals(6, o.last());
    }

    @Test
    void shouldCountAMovedClauseInShareButNotInOrder() {
        // the translator put the last two stems first
        StemOverlap o = StemOverlap.of(new int[] {1, 2, 3, 4}, new double[] {3, 3, 1, 1}, new int[] {3, 4, 7, 1, 2});

        assertEquals(1.0, o.share(), 1e-9);
        assertTrue(o.orderedShare() < 1.0, "the moved stems are not in order: " + o);
        assertEquals(0.75, o.orderedShare(), 1e-9);
    }

    /**
     * The alignment skips the rows of stems the other text lacks (their cells are derived, not filled in) and the
     * cells of a row that cannot be above zero; it must score and place the stretch exactly as the plain local
     * alignment over every cell does. The cases share one thread's buffer, so a cell left from an earlier case and
     * not set again would show.
     */
    @Test
    void shouldScoreAsTheFullAlignmentDoes() {
        Random random = new Random(7);
        int located = 0;
        for (int k = 0; k < 20_000; k++) {
            int n = 1 + random.nextInt(30);
            int m = 1 + random.nextInt(200);
            int alphabet = 2 + random.nextInt(k % 2 == 0 ? 20 : 300);
            int[] submission = new int[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                submission[i] = random.nextInt(10) == 0 ? -1 - i : random.nextInt(alphabet);
                weights[i] = 0.5 + random.nextInt(20) / 2.0;
                for (int j = 0; j < i; j++) {
                    if (submission[j] == submission[i]) {
                        weights[i] = weights[j];
                    }
                }
            }
            int[] other = new int[m];
            for (int j = 0; j < m; j++) {
                other[j] = random.nextInt(alphabet * 3);
            }
            StemOverlap fast = StemOverlap.of(submission, weights, other);
            double[] full = fullAlignment(submission, weights, other);

            assertEquals(full[0], fast.orderedShare(), 1e-9, "case " + k);
            if (full[3] == 1) { // where two cells score the best within rounding, either may end the stretch
                assertEquals((int) full[1], fast.first(), "case " + k);
                assertEquals((int) full[2], fast.last(), "case " + k);
                located++;
            }
        }
        assertTrue(located > 10_000, "stretches compared: " + located);
    }

    /**
     * {ordered share, first, last, cells scoring the best}: the local alignment filled in cell by cell, the
     * definition {@link StemOverlap} keeps to.
     */
    private static double[] fullAlignment(int[] submission, double[] weights, int[] other) {
        int n = submission.length;
        int m = other.length;
        Set<Integer> distinct = new HashSet<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (distinct.add(submission[i])) {
                total += weights[i];
            }
        }
        double[][] score = new double[n + 1][m + 1];
        double best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double diagonal = submission[i - 1] >= 0 && submission[i - 1] == other[j - 1] ? score[i - 1][j - 1] + weights[i - 1] : 0;
                score[i][j] = Math.max(0, Math.max(diagonal, Math.max(score[i - 1][j], score[i][j - 1]) - StemOverlap.GAP));
                if (score[i][j] > best) {
                    best = score[i][j];
                    bi = i;
                    bj = j;
                }
            }
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
            } else if (Math.abs(score[i][j] - (score[i - 1][j] - StemOverlap.GAP)) < 1e-9) {
                i--;
            } else {
                j--;
            }
        }
        int ties = 0;
        for (double[] row : score) {
            for (double cell : row) {
                ties += Math.abs(cell - best) < 1e-9 ? 1 : 0;
            }
        }
        return new double[] {Math.min(1, aligned / total), first, bj - 1, ties};
    }
}

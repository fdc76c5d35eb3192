package app.verbatim.match;

import java.util.Arrays;
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
     * The local alignment's cells, one row per submission stem and one column per stem of the other text. A row
     * whose stem the other text lacks can only lose score to gaps, so a run of such rows is not filled in: after
     * row b, row b + t holds max(0, L[j] - t GAP) with L[j] = max(row b [j], L[j - 1] - GAP), which is kept
     * instead (most windows compared hold only a few of a submission's stems: this halved a lookup's CPU).
     *
     * <p>Within a row only the columns that can be above zero are worked out and written; every other cell is zero
     * and is never written, only known to be zero by its row's band: a cell is zero unless its stem matches the
     * row's or the cell above or to its left is above zero, so a row's non-zero cells start no earlier than the row
     * above's or the row's first match, and end where both the row above's and its last match are behind and the
     * value has fallen to zero. Most of a window lies outside the few stretches a submission's stems reach (the
     * cells were a quarter of the service's CPU filled whole, and zeroing the rest a tenth of what was left).
     */
    private static final class Cells {
        private final double[] score;
        private final int width;
        /** Per row: -1 when filled in; else the row b it is derived from, whose L is kept in row b + 1's place. */
        private final int[] base;
        /** Per row filled in: its first and last column above zero (first > last when none). */
        private final int[] low;
        private final int[] high;
        /** Per row b that rows are derived from: the columns [keptFrom, keptTo) of its L written in row b + 1. */
        private final int[] keptFrom;
        private final int[] keptTo;
        /** The other text's stems with their columns, {@code stem << 32 | column}, ascending. */
        private final long[] columns;
        double best;
        int bestRow;
        int bestColumn;

        Cells(int[] submission, double[] weights, int[] other) {
            int n = submission.length;
            int m = other.length;
            width = m + 1;
            score = Buffer.LOCAL.get().fit((n + 1) * width);
            base = new int[n + 1];
            low = new int[n + 1];
            high = new int[n + 1];
            keptFrom = new int[n + 1];
            keptTo = new int[n + 1];
            base[0] = -1;
            low[0] = width;
            columns = new long[m];
            for (int j = 1; j <= m; j++) {
                columns[j - 1] = (long) other[j - 1] << 32 | j;
            }
            Arrays.sort(columns);
            int filled = 0; // the last row filled in
            for (int i = 1; i <= n; i++) {
                int s = submission[i - 1];
                int first = s < 0 ? -1 : firstColumn(s);
                if (first < 0) {
                    base[i] = filled;
                    continue;
                }
                int gap = i - 1 - filled;
                if (gap > 0) {
                    derive(filled, gap);
                }
                fill(i, s, weights[i - 1], other, first, lastColumn(s));
                base[i] = -1;
                filled = i;
            }
        }

        /** The first column holding {@code stem}, or -1. */
        private int firstColumn(int stem) {
            int k = -Arrays.binarySearch(columns, (long) stem << 32) - 1; // never found: columns start at 1
            return k < columns.length && (int) (columns[k] >> 32) == stem ? (int) columns[k] : -1;
        }

        /** The last column holding {@code stem}, which the other text holds. */
        private int lastColumn(int stem) {
            int k = -Arrays.binarySearch(columns, (long) stem << 32 | 0xFFFF_FFFFL) - 2;
            return (int) columns[k];
        }

        /** Cell (i, j) of a row filled in: zero outside its band, which was never written. */
        private double filledAt(int i, int j) {
            return j >= low[i] && j <= high[i] ? score[i * width + j] : 0;
        }

        /** Rows {@code b + 1 .. b + r} have no stem of the other text: keep L in row b + 1, fill row b + r in. */
        private void derive(int b, int r) {
            int keep = (b + 1) * width;
            int last = (b + r) * width;
            // L is zero before row b's first cell above zero, and again once past its last one and fallen to zero
            int j = Math.min(low[b], width);
            keptFrom[b] = j;
            int lowest = width;
            int highest = 0;
            double l = 0;
            for (; j < width && (j <= high[b] || l > 0); j++) {
                l = Math.max(filledAt(b, j), l - GAP);
                if (r > 1) {
                    score[keep + j] = l;
                }
                double v = Math.max(0, l - GAP * r);
                score[last + j] = v;
                if (v > 0) {
                    lowest = Math.min(lowest, j);
                    highest = j;
                }
            }
            keptTo[b] = j;
            base[b + r] = -1;
            low[b + r] = lowest;
            high[b + r] = highest;
        }

        /** Row i, whose stem {@code s} stands in columns {@code first..last} of the other text (and maybe between). */
        private void fill(int i, int s, double w, int[] other, int first, int last) {
            int row = i * width;
            int j = Math.min(low[i - 1], first);
            int reach = Math.max(high[i - 1], last);
            int lowest = width;
            int highest = 0;
            double v = 0; // the cell to the left, zero before the first column worked out
            for (; j < width && (j <= reach || v > 0); j++) {
                double diagonal = s == other[j - 1] ? filledAt(i - 1, j - 1) + w : 0;
                v = Math.max(0, Math.max(diagonal, Math.max(filledAt(i - 1, j) - GAP, v - GAP)));
                score[row + j] = v;
                if (v > 0) {
                    lowest = Math.min(lowest, j);
                    highest = j;
                }
                if (v > best) {
                    best = v;
                    bestRow = i;
                    bestColumn = j;
                }
            }
            low[i] = lowest;
            high[i] = highest;
        }

        double at(int i, int j) {
            int b = base[i];
            if (b < 0) {
                return filledAt(i, j);
            }
            double l = j >= keptFrom[b] && j < keptTo[b] ? score[(b + 1) * width + j] : 0;
            return Math.max(0, l - GAP * (i - b));
        }
    }

    /** Per thread: room for the cells, kept up to 512 KB (a long submission against a long window gets its own). */
    private static final class Buffer {
        static final ThreadLocal<Buffer> LOCAL = ThreadLocal.withInitial(Buffer::new);
        static final int KEPT = 1 << 16;
        double[] cells = new double[0];

        double[] fit(int size) {
            if (size > KEPT) {
                return new double[size];
            }
            if (cells.length < size) {
                cells = new double[Math.min(KEPT, Math.max(size, cells.length * 2))];
            }
            return cells;
        }
    }

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
        Cells cells = new Cells(submission, weights, other);
        if (cells.best == 0) {
            return new StemOverlap(0, 0, 0, distinct.size(), -1, -1);
        }
        double aligned = 0;
        int bi = cells.bestRow;
        int bj = cells.bestColumn;
        int first = bj - 1;
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && cells.at(i, j) > 0) {
            double here = cells.at(i, j);
            boolean same = submission[i - 1] >= 0 && submission[i - 1] == other[j - 1];
            if (same && Math.abs(here - (cells.at(i - 1, j - 1) + weights[i - 1])) < 1e-9) {
                aligned += weights[i - 1];
                first = j - 1;
                i--;
                j--;
            } else if (Math.abs(here - (cells.at(i - 1, j) - GAP)) < 1e-9) {
                i--;
            } else {
                j--;
            }
        }
        int last = bj - 1;
        // a translator may move a clause: count what the stretch, widened by a quarter of the submission, holds
        int slack = Math.max(3, n / 4);
        int from = Math.max(0, first - slack);
        int[] present = Arrays.copyOfRange(other, from, Math.max(from, Math.min(m - 1, last + slack) + 1));
        Arrays.sort(present);
        double held = 0;
        int shared = 0;
        Set<Integer> counted = new HashSet<>();
        for (int k = 0; k < n; k++) {
            int s = submission[k];
            if (s >= 0 && Arrays.binarySearch(present, s) >= 0 && counted.add(s)) {
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

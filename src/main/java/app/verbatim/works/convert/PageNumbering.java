package app.verbatim.works.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Gives every PDF page its printed page number. The numbers read from the heads are trusted only where a
 * neighbouring head agrees on the distance between PDF page and printed page (that distance is constant
 * between plates); pages without a head take their number from the agreeing heads on both sides. Where the
 * PDF holds more pages than the printed numbers between two heads allow, the extra pages are unnumbered
 * inserts (plates) and are left out; the pages most like plates (empty, or captions only) are chosen.
 */
final class PageNumbering {

    /** {@code printed[i]} is PDF page i+1's printed number, or -1 where the page is left out; {@code inferred[i]} where no agreeing head gave it. */
    record Result(int[] printed, boolean[] inferred, int plates) {

        int firstIndex() {
            return IntStream.range(0, printed.length).filter(i -> printed[i] >= 0).findFirst().orElse(-1);
        }
    }

    private PageNumbering() {
    }

    /**
     * @param heads     the number read on each PDF page, -1 where none
     * @param plateLike how much each page looks like a plate: 3 marked for discarding, 2 a caption or the blank
     *                  back of one, 1 empty, 0 text
     * @param labels    the PDF's page labels where they are numbers, else -1 (they only settle what the heads leave open)
     * @param lastText  the index of the last PDF page with text
     */
    static Result number(int[] heads, int[] plateLike, int[] labels, int lastText) {
        int n = heads.length;
        List<Integer> confirmed = confirmed(heads);
        if (confirmed.isEmpty()) {
            throw new ConversionException("no printed page numbers recognised (no two page heads agree)");
        }
        int[] printed = new int[n];
        boolean[] inferred = new boolean[n];
        Arrays.fill(printed, -1);
        int plates = 0;
        for (int c = 0; c < confirmed.size(); c++) {
            int a = confirmed.get(c);
            printed[a] = heads[a];
            if (c + 1 == confirmed.size()) {
                for (int i = a + 1; i <= Math.max(a, lastText); i++) {
                    printed[i] = heads[a] + (i - a);
                    inferred[i] = heads[i] != printed[i];
                }
                break;
            }
            int b = confirmed.get(c + 1);
            plates += fillBetween(a, b, heads, plateLike, labels, printed, inferred);
        }
        return new Result(printed, inferred, plates);
    }

    /** Heads whose page offset agrees with the next or previous head, kept only while the numbers rise. */
    private static List<Integer> confirmed(int[] heads) {
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] >= 0) {
                numbered.add(i);
            }
        }
        List<Integer> agreeing = new ArrayList<>();
        for (int k = 0; k < numbered.size(); k++) {
            int i = numbered.get(k);
            int offset = heads[i] - i;
            boolean prev = k > 0 && heads[numbered.get(k - 1)] - numbered.get(k - 1) == offset;
            boolean next = k + 1 < numbered.size() && heads[numbered.get(k + 1)] - numbered.get(k + 1) == offset;
            if (prev || next) {
                agreeing.add(i);
            }
        }
        List<Integer> rising = new ArrayList<>();
        for (int k = 0; k < agreeing.size(); k++) {
            int i = agreeing.get(k);
            if (rising.isEmpty()) {
                rising.add(i);
                continue;
            }
            int last = rising.get(rising.size() - 1);
            // A later head may skip numbers (plates counted in the pagination) but never go back or fall short.
            if (heads[i] > heads[last] && heads[i] - heads[last] <= (i - last) + 40) {
                rising.add(i);
            } else if (heads[i] <= heads[last] && resumesSoon(agreeing, k, heads, heads[last]) && heads[last] - heads[i] <= 10) {
                // A page or two printed twice (vol. 11 repeats pp. 396-397): the later copies run on into the
                // rest of the book, so the earlier ones give way.
                while (!rising.isEmpty() && heads[rising.get(rising.size() - 1)] >= heads[i]) {
                    rising.remove(rising.size() - 1);
                }
                rising.add(i);
            } else if (heads[i] <= heads[last] && k + 1 < agreeing.size()
                    && heads[agreeing.get(k + 1)] - agreeing.get(k + 1) == heads[i] - i) {
                // Not one misread head but a run of them: the pages are out of order, and no number can be trusted.
                throw new ConversionException("printed page numbers go back at PDF page " + (i + 1) + " (" + heads[i]
                        + " after " + heads[last] + " on PDF page " + (last + 1) + ")");
            }
        }
        return rising;
    }

    /** Whether a head within the next dozen pages goes past {@code highest}. */
    private static boolean resumesSoon(List<Integer> agreeing, int k, int[] heads, int highest) {
        for (int j = k + 1; j < agreeing.size() && agreeing.get(j) - agreeing.get(k) <= 12; j++) {
            if (heads[agreeing.get(j)] > highest) {
                return true;
            }
        }
        return false;
    }

    private static int fillBetween(int a, int b, int[] heads, int[] plateLike, int[] labels, int[] printed, boolean[] inferred) {
        int pages = b - a - 1;
        int numbers = heads[b] - heads[a] - 1;
        if (pages <= 0) {
            return 0;
        }
        if (numbers >= pages) {
            if (numbers > pages && labelsFit(a, b, heads, labels)) {
                for (int i = a + 1; i < b; i++) {
                    printed[i] = labels[i];
                    inferred[i] = true;
                }
                return 0;
            }
            // More numbers than pages: the book skips here; number on from the head before.
            for (int i = a + 1; i < b; i++) {
                printed[i] = heads[a] + (i - a);
                inferred[i] = heads[i] != printed[i];
            }
            return 0;
        }
        int plates = pages - numbers;
        if (labelsMarkPlates(a, b, heads, labels, numbers)) {
            for (int i = a + 1; i < b; i++) {
                printed[i] = labels[i];
                inferred[i] = true;
            }
            return plates;
        }
        Integer[] order = IntStream.range(a + 1, b).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -plateLike[i]).thenComparingInt(i -> i));
        boolean[] plate = new boolean[b - a];
        for (int k = 0; k < plates; k++) {
            plate[order[k] - a] = true;
        }
        int next = heads[a] + 1;
        for (int i = a + 1; i < b; i++) {
            if (!plate[i - a]) {
                printed[i] = next++;
                inferred[i] = heads[i] != printed[i];
            }
        }
        return plates;
    }

    /** The PDF's labels, where present, leave the inserts unlabelled: trust them when they account for every number. */
    private static boolean labelsMarkPlates(int a, int b, int[] heads, int[] labels, int numbers) {
        int prev = heads[a];
        int count = 0;
        for (int i = a + 1; i < b; i++) {
            if (labels[i] >= 0) {
                if (labels[i] != prev + 1) {
                    return false;
                }
                prev = labels[i];
                count++;
            }
        }
        return count == numbers && prev == heads[b] - 1;
    }

    private static boolean labelsFit(int a, int b, int[] heads, int[] labels) {
        int prev = heads[a];
        for (int i = a + 1; i < b; i++) {
            if (labels[i] <= prev || labels[i] >= heads[b]) {
                return false;
            }
            prev = labels[i];
        }
        return true;
    }
}

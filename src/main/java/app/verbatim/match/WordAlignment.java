package app.verbatim.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * Word-level local alignment of one ellipsis-free segment of a submission inside a region of a
 * stored passage.
 *
 * <p>Every distinct word key is one character ({@link WordCodes}), so that the two word sequences are
 * two strings: a verbatim segment is then found with {@code indexOf}, and anything else is diffed
 * with Commons Text's Myers diff ({@link StringsComparator}). Myers finds a longest common
 * subsequence but not necessarily a compact one: against a long passage it happily matches "the"
 * twenty words away. So the diff is also run on regions around "anchors" (diagonals where
 * submitted word pairs match stored word pairs), each script is cut to its best-scoring contiguous
 * window (Kadane) and tried again with delete runs slid left and right (equal-cost placements of
 * repeated words), and the winner is re-diffed against its own neighbourhood; the best window wins.
 */
final class WordAlignment {

    enum Kind { KEEP, SUBMITTED_ONLY, STORED_ONLY }

    /** One step; {@code sub}/{@code stored} are word indexes, -1 when absent. */
    record Step(Kind kind, int sub, int stored, boolean omitted) {
    }

    /** A script, the window [from, to) of its step indexes that forms the match, and its value. */
    record Result(List<Step> steps, int from, int to, double value) {
        boolean isEmpty() {
            return from >= to;
        }

        Step firstKeep() {
            return steps.get(from); // windows start and end on kept words
        }

        Step lastKeep() {
            return steps.get(to - 1);
        }
    }

    static final double GAP_PENALTY = 0.5;

    private WordAlignment() {
    }

    /**
     * @param subKeys    key per word of the segment (its norm, or the stored norm it is a typo of)
     * @param subOffset  index of the segment's first word in the whole submission
     * @param keepWeight weight of keeping submission word k (whole-submission indexes)
     * @param stored     the stored words, coded by norm
     * @param from       first stored word of the region searched
     * @param to         end (exclusive) of the region
     */
    static Result alignSegment(String[] subKeys, int subOffset, double[] keepWeight,
                               WordCodes stored, int from, int to) {
        String region = stored.region(from, to);
        String sub = stored.encode(subKeys);
        int at = region.indexOf(sub);
        if (at >= 0) {
            List<Step> steps = new ArrayList<>();
            double value = 0;
            for (int k = 0; k < subKeys.length; k++) {
                steps.add(new Step(Kind.KEEP, subOffset + k, from + at + k, false));
                value += keepWeight[subOffset + k];
            }
            return new Result(steps, 0, steps.size(), value);
        }
        // Around a short passage the anchored and the narrow regions are often the whole region again:
        // each region is diffed once.
        Map<Long, Result> diffed = new HashMap<>();
        Result best = new Result(List.of(), 0, 0, 0);
        List<Integer> anchors = anchorDiagonals(subKeys, sub, stored, from, to);
        // A long region diffed whole lets Myers scatter the submission's common words over it;
        // regions around anchors (diagonals where word pairs match) keep the alignment compact.
        if (anchors.isEmpty() || to - from <= 4 * subKeys.length + 50) {
            best = bestIn(diffed, sub, subOffset, keepWeight, stored, from, to);
        }
        int slack = subKeys.length / 2 + 3;
        for (int diagonal : anchors) {
            int regionFrom = Math.max(from, diagonal - slack);
            int regionTo = Math.min(to, diagonal + subKeys.length + slack);
            if (canBeat(best, sub, subOffset, keepWeight, stored, regionFrom, regionTo)) {
                Result anchored = bestIn(diffed, sub, subOffset, keepWeight, stored, regionFrom, regionTo);
                if (anchored.value() > best.value()) {
                    best = anchored;
                }
            }
        }
        if (best.isEmpty()) {
            return best;
        }
        // neighbourhood of the window, wide enough for the unmatched submission words on each side
        int before = best.firstKeep().sub() - subOffset;
        int after = subOffset + subKeys.length - 1 - best.lastKeep().sub();
        int narrowFrom = Math.max(from, best.firstKeep().stored() - before - 2);
        int narrowTo = Math.min(to, best.lastKeep().stored() + after + 3);
        if (!canBeat(best, sub, subOffset, keepWeight, stored, narrowFrom, narrowTo)) {
            return best;
        }
        Result local = bestIn(diffed, sub, subOffset, keepWeight, stored, narrowFrom, narrowTo);
        return local.value() > best.value() ? local : best;
    }

    /**
     * Whether a diff of stored words [from, to) could find a window worth more than {@code best}: a window is worth
     * at most the weight of the submission words it keeps, and it can keep only words the region has. Regions
     * around a second or third anchor often cannot, and are not diffed.
     */
    private static boolean canBeat(Result best, String sub, int subOffset, double[] keepWeight, WordCodes stored,
                                   int from, int to) {
        if (best.isEmpty()) {
            return true;
        }
        char[] present = stored.region(from, to).toCharArray();
        Arrays.sort(present);
        double most = 0;
        for (int k = 0; k < sub.length(); k++) {
            if (Arrays.binarySearch(present, sub.charAt(k)) >= 0) {
                most += keepWeight[subOffset + k];
            }
        }
        return most > best.value();
    }

    /** The best window of the segment's diff against stored words [from, to), diffing each region once. */
    private static Result bestIn(Map<Long, Result> diffed, String sub, int subOffset, double[] keepWeight,
                                 WordCodes stored, int from, int to) {
        return diffed.computeIfAbsent(((long) from << 32) | to,
                region -> bestOfSlides(diff(stored.region(from, to), sub, subOffset, from), stored, keepWeight));
    }

    /**
     * Up to three stored start positions (stored index minus submission index) supported by the
     * most matching word pairs, or by matching content words when no pair matches.
     */
    private static List<Integer> anchorDiagonals(String[] subKeys, String sub, WordCodes stored, int from, int to) {
        // only the submission's words are ever looked up: the region's other words are not indexed
        BitSet wanted = new BitSet();
        sub.chars().forEach(wanted::set);
        Map<Character, List<Integer>> positions = new HashMap<>();
        for (int i = from; i < to; i++) {
            if (wanted.get(stored.at(i))) {
                positions.computeIfAbsent(stored.at(i), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Integer> votes = new HashMap<>();
        for (int k = 0; k + 1 < subKeys.length; k++) {
            for (int i : positions.getOrDefault(sub.charAt(k), List.of())) {
                if (i + 1 < to && stored.at(i + 1) == sub.charAt(k + 1)) {
                    votes.merge(i - k, 1, Integer::sum);
                }
            }
        }
        if (votes.isEmpty()) {
            for (int k = 0; k < subKeys.length; k++) {
                if (!Shingles.STOP_WORDS.contains(subKeys[k])) {
                    for (int i : positions.getOrDefault(sub.charAt(k), List.of())) {
                        votes.merge(i - k, 1, Integer::sum);
                    }
                }
            }
        }
        List<Integer> ranked = new ArrayList<>(votes.keySet());
        ranked.sort((x, y) -> votes.get(y).equals(votes.get(x)) ? Integer.compare(x, y) : votes.get(y) - votes.get(x));
        List<Integer> chosen = new ArrayList<>();
        for (int diagonal : ranked) {
            if (chosen.size() == 3) {
                break;
            }
            if (chosen.stream().allMatch(c -> Math.abs(c - diagonal) > subKeys.length)) {
                chosen.add(diagonal);
            }
        }
        return chosen;
    }

    /** Commons Text calls characters of the first string "deleted" and of the second "inserted". */
    private static List<Step> diff(String stored, String sub, int subOffset, int storedOffset) {
        List<Step> steps = new ArrayList<>();
        new StringsComparator(stored, sub).getScript().visit(new CommandVisitor<Character>() {
            private int k = subOffset;
            private int s = storedOffset;

            @Override
            public void visitKeepCommand(Character c) {
                steps.add(new Step(Kind.KEEP, k++, s++, false));
            }

            @Override
            public void visitInsertCommand(Character c) {
                steps.add(new Step(Kind.SUBMITTED_ONLY, k++, -1, false));
            }

            @Override
            public void visitDeleteCommand(Character c) {
                steps.add(new Step(Kind.STORED_ONLY, -1, s++, false));
            }
        });
        return steps;
    }

    private static Result bestOfSlides(List<Step> steps, WordCodes stored, double[] keepWeight) {
        Result best = window(steps, keepWeight);
        for (boolean right : new boolean[] {true, false}) {
            Result slid = window(slide(steps, stored, right), keepWeight);
            if (slid.value() > best.value()) {
                best = slid;
            }
        }
        return best;
    }

    /**
     * Moves every run of stored-only words across neighbouring kept words when the kept word repeats
     * at the run's far end ("the people [Let the people]" ≡ "[the people Let] the people"). Pushed
     * to the edge of the match, such a run falls outside the window instead of costing gaps inside it.
     */
    private static List<Step> slide(List<Step> original, WordCodes stored, boolean right) {
        List<Step> steps = new ArrayList<>(original);
        boolean moved = true;
        int guard = steps.size() * 4;
        while (moved && guard-- > 0) {
            moved = false;
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).kind() != Kind.STORED_ONLY) {
                    continue;
                }
                int end = i;
                while (end < steps.size() && steps.get(end).kind() == Kind.STORED_ONLY) {
                    end++;
                }
                int runFirst = steps.get(i).stored();
                int runLast = steps.get(end - 1).stored();
                if (right && end < steps.size() && steps.get(end).kind() == Kind.KEEP
                        && stored.at(runFirst) == stored.at(steps.get(end).stored())) {
                    // keep the run's first word instead, and drop the kept word's old position
                    Step keep = steps.get(end);
                    steps.set(i, new Step(Kind.KEEP, keep.sub(), runFirst, false));
                    for (int j = i + 1; j <= end; j++) {
                        steps.set(j, new Step(Kind.STORED_ONLY, -1, runFirst + (j - i), false));
                    }
                    moved = true;
                } else if (!right && i > 0 && steps.get(i - 1).kind() == Kind.KEEP
                        && stored.at(runLast) == stored.at(steps.get(i - 1).stored())) {
                    Step keep = steps.get(i - 1);
                    for (int j = i - 1; j < end - 1; j++) {
                        steps.set(j, new Step(Kind.STORED_ONLY, -1, keep.stored() + (j - i + 1), false));
                    }
                    steps.set(end - 1, new Step(Kind.KEEP, keep.sub(), runLast, false));
                    moved = true;
                }
                i = end - 1;
            }
        }
        return steps;
    }

    /**
     * Maximum-sum contiguous run of steps (Kadane). Kept words score their weight; a run of
     * unmatched steps between two kept words costs GAP_PENALTY per word on its longer side, so a
     * one-for-one replacement (synonym, unrecognised typo) costs one gap, not two.
     */
    static Result window(List<Step> steps, double[] keepWeight) {
        double best = 0;
        int bestFrom = 0;
        int bestTo = 0;
        double current = 0;
        int currentFrom = 0;
        int i = 0;
        while (i < steps.size()) {
            int runEnd = i;
            double value;
            if (steps.get(i).kind() == Kind.KEEP) {
                value = keepWeight[steps.get(i).sub()];
                runEnd = i + 1;
            } else {
                int submittedOnly = 0;
                int storedOnly = 0;
                while (runEnd < steps.size() && steps.get(runEnd).kind() != Kind.KEEP) {
                    if (steps.get(runEnd++).kind() == Kind.SUBMITTED_ONLY) {
                        submittedOnly++;
                    } else {
                        storedOnly++;
                    }
                }
                value = -GAP_PENALTY * Math.max(submittedOnly, storedOnly);
            }
            if (current <= 0) {
                current = 0;
                currentFrom = i;
            }
            current += value;
            if (current > best) {
                best = current;
                bestFrom = currentFrom;
                bestTo = runEnd;
            }
            i = runEnd;
        }
        return new Result(steps, bestFrom, bestTo, best);
    }
}

package app.verbatim.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

import app.verbatim.match.StemOverlap;

/**
 * Finds the passages of the Works that hold a submission's content words, on English stems, weighted by how
 * rare each stem is (inverse document frequency over passages). Unlike word pairs, stems survive another
 * translation: "decrees from above" and "decreed from above" share "decre" and "abov". First every passage is
 * scored by the weight of the stems it holds (in an accumulator lent to the lookup from a pool); then the best-scoring ones, with
 * their neighbours, are compared stem by stem in order ({@link StemOverlap}). Plain Java over an immutable
 * {@link WorksSnapshot}.
 */
final class WorksRetrieval {

    /** Passages {@code first..last} (ordinals, one run) of a volume, and how the submission overlaps them. */
    record Window(int volume, int first, int last, StemOverlap overlap) {
    }

    /** Passages ranked by accumulated weight, whose windows are then compared in order. */
    static final int RANKED = 48;

    /** Windows returned at most when more than the limit asked for hold the submission equally well. */
    static final int TIED = 12;

    /** Float sums of the accumulator against the double sums of {@link StemOverlap}: a margin for rounding. */
    private static final double ROUNDING = 1e-4;

    /** A score per passage, and which ones a lookup touched. */
    private static final class Scratch {
        float[] accumulator = new float[0];
        int[] touched = new int[0];
        /** The touched passages' weights, then the scores of those that can be ranked, with their passages. */
        float[] scores = new float[0];
        int[] reaching = new int[0];
        final float[] heap = new float[RANKED];

        Scratch fit(int passages) {
            if (touched.length < passages) {
                accumulator = new float[passages + 1]; // one more, always zero: the next passage's of the last one
                touched = new int[passages];
                scores = new float[passages];
                reaching = new int[passages];
            }
            return this;
        }
    }

    /**
     * Accumulators not in use: as many as lookups ever ran at once (the admission bounds them), not one per worker
     * thread, each 2.5 MB over all the volumes' passages.
     */
    private static final ConcurrentLinkedDeque<Scratch> SPARE = new ConcurrentLinkedDeque<>();

    /**
     * A ranked passage, its window's bounds, and the most of the submission the window can hold: the weight of
     * the submission's stems found in each of its passages, added up.
     */
    private record Hit(int passage, float score, int first, int last, double bound) {
    }

    /**
     * The windows that hold most of the submission, best first, {@code limit} of them (more when tied, see
     * {@link #distinct}), no two overlapping.
     *
     * @param stems the submission's stems in text order
     */
    List<Window> best(WorksSnapshot snapshot, List<String> stems, int limit) {
        return best(snapshot, stems, limit, null);
    }

    /** As {@link #best(WorksSnapshot, List, int)}, in one volume only when {@code volume} is given. */
    List<Window> best(WorksSnapshot snapshot, List<String> stems, int limit, Integer volume) {
        if (stems.isEmpty() || snapshot.passages() == 0) {
            return List.of();
        }
        // the submission as the snapshot's stem ids; a stem no passage holds gets a negative id of its own
        int[] submission = new int[stems.size()];
        double[] stemWeights = new double[stems.size()];
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < stems.size(); i++) {
            String stem = stems.get(i);
            Integer id = seen.get(stem);
            if (id == null) {
                int known = snapshot.id(stem);
                id = known >= 0 ? known : -1 - seen.size();
                seen.put(stem, id);
                distinct.add(i);
                total += snapshot.weight(known);
            }
            submission[i] = id;
            stemWeights[i] = snapshot.weight(Math.max(id, -1));
        }
        int from = 0;
        int to = snapshot.passages();
        if (volume != null) {
            int[] range = snapshot.range(volume);
            from = range[0];
            to = range[1];
        }
        Scratch scratch = Objects.requireNonNullElseGet(SPARE.pollFirst(), Scratch::new).fit(snapshot.passages());
        List<Hit> top;
        try {
            top = ranked(snapshot, scratch, submission, stemWeights, distinct, total, from, to);
        } finally {
            SPARE.offerFirst(scratch);
        }
        return compared(snapshot, top, submission, stemWeights, new Held(submission, stemWeights, distinct, total), limit);
    }

    /** The {@link #RANKED} passages holding most weight of the submission's stems, with their windows' bounds. */
    private static List<Hit> ranked(WorksSnapshot snapshot, Scratch scratch, int[] submission, double[] stemWeights,
                                    List<Integer> distinct, double total, int from, int to) {
        float[] acc = scratch.accumulator;
        int[] touched = scratch.touched;
        int count = 0;
        // Every stem's postings are walked, the commonest too: letting a common stem ("people", "party") only add to
        // passages a rarer one found gave a third more lookups a second, and lost a retranslated passage whose rare
        // words the memoirist had put otherwise (BENCHMARKS.md, "Works lookups").
        for (int i : distinct) {
            if (submission[i] < 0) {
                continue;
            }
            float w = (float) stemWeights[i];
            int[] holding = snapshot.postings(submission[i]);
            int k = from == 0 ? 0 : lowerBound(holding, from);
            for (; k < holding.length && holding[k] < to; k++) {
                int p = holding[k];
                if (acc[p] == 0) {
                    touched[count++] = p;
                }
                acc[p] += w;
            }
        }
        // Every passage scores at least its own weight, so the RANKED-th largest of those is a floor no ranked
        // passage's score is below: a passage that cannot reach it is passed over without reading whether it runs on
        // (a cache miss more per passage).
        float[] scores = scratch.scores;
        for (int i = 0; i < count; i++) {
            scores[i] = acc[touched[i]];
        }
        float floor = rankedLeast(scores, count, scratch.heap);
        int[] reaching = scratch.reaching;
        int n = 0;
        for (int i = 0; i < count; i++) {
            int p = touched[i];
            if (acc[p] + acc[p + 1] / 2 >= floor) {
                reaching[n] = p;
                scores[n++] = score(snapshot, acc, p);
            }
        }
        // The RANKED-th score: those above it are ranked, in order, and of those equal to it the earliest passages
        // (often thousands hold the same two stems), so that what is ranked never depends on the walk's order.
        float least = rankedLeast(scores, n, scratch.heap);
        List<Hit> top = new ArrayList<>();
        int tied = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] > least) {
                top.add(hit(snapshot, acc, reaching[i], scores[i], total));
            } else if (scores[i] == least) {
                reaching[tied++] = reaching[i];
            }
        }
        top.sort(HIGHEST_SCORE);
        Arrays.sort(reaching, 0, tied);
        for (int i = 0; i < tied && top.size() < RANKED; i++) {
            top.add(hit(snapshot, acc, reaching[i], least, total));
        }
        for (int i = 0; i < count; i++) {
            acc[touched[i]] = 0;
        }
        return top;
    }

    /** A passage's score: its own weight, and half the next one's when a quotation may run over into it. */
    private static float score(WorksSnapshot snapshot, float[] acc, int p) {
        return acc[p] + (snapshot.runsOn(p) ? acc[p + 1] / 2 : 0);
    }

    private static Hit hit(WorksSnapshot snapshot, float[] acc, int p, float score, double total) {
        boolean next = snapshot.runsOn(p);
        boolean previous = p > 0 && snapshot.runsOn(p - 1);
        double held = acc[p] + (next ? acc[p + 1] : 0) + (previous ? acc[p - 1] : 0);
        return new Hit(p, score, previous ? p - 1 : p, next ? p + 1 : p, held / total + ROUNDING);
    }

    /** Highest score first; of equal scores the earlier passage, so that what is ranked never depends on the walk. */
    private static final Comparator<Hit> HIGHEST_SCORE = Comparator.comparingDouble((Hit h) -> h.score()).reversed()
            .thenComparingInt(Hit::passage);

    /**
     * The {@link #RANKED}-th largest of {@code values[0, n)} (no bound when there are no more than that), kept in a
     * min-heap of that many: a value enters only when above the heap's least, which few do.
     */
    private static float rankedLeast(float[] values, int n, float[] heap) {
        if (n <= RANKED) {
            return Float.NEGATIVE_INFINITY;
        }
        System.arraycopy(values, 0, heap, 0, RANKED);
        for (int i = RANKED / 2 - 1; i >= 0; i--) {
            siftDown(heap, i);
        }
        for (int i = RANKED; i < n; i++) {
            if (values[i] > heap[0]) {
                heap[0] = values[i];
                siftDown(heap, 0);
            }
        }
        return heap[0];
    }

    private static void siftDown(float[] heap, int i) {
        float w = heap[i];
        while (2 * i + 1 < RANKED) {
            int child = 2 * i + 1;
            if (child + 1 < RANKED && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= w) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = w;
    }

    /**
     * The best {@code limit} windows by stem overlap, comparing as few as the result allows. A window's share is at
     * most the weight of the submission's stems it holds anywhere: one that falls short of the share of the last
     * window chosen so far can change nothing and is not aligned, and once the windows' summed bounds fall short
     * too, none after them is read.
     */
    private static List<Window> compared(WorksSnapshot snapshot, List<Hit> hits, int[] submission,
                                         double[] stemWeights, Held held, int limit) {
        List<Hit> byBound = new ArrayList<>(hits);
        byBound.sort(Comparator.comparingDouble(Hit::bound).reversed());
        List<Window> windows = new ArrayList<>(); // best first
        double bar = -1; // the share of the limit-th window chosen so far
        for (Hit hit : byBound) {
            if (bar > hit.bound()) {
                break;
            }
            int position = snapshot.volumeOf(hit.passage());
            int offset = snapshot.offset(position);
            int[] other = snapshot.stems(position, hit.first() - offset, hit.last() - offset);
            if (bar > held.share(other) + ROUNDING) {
                continue;
            }
            Window window = new Window(snapshot.volumeAt(position).volume, hit.first() - offset, hit.last() - offset,
                    StemOverlap.of(submission, stemWeights, other));
            int at = Collections.binarySearch(windows, window, BEST_FIRST);
            windows.add(at >= 0 ? at : -at - 1, window);
            List<Window> chosen = distinct(windows, limit);
            if (chosen.size() >= limit) {
                bar = chosen.get(limit - 1).overlap().share();
            }
        }
        return distinct(windows, limit);
    }

    /** The submission's distinct stems, to weigh what a window holds of them in one pass over its stems. */
    private static final class Held {
        private final int[] ids;
        private final double[] weights;
        private final boolean[] seen;
        private final double total;

        /** @param firsts where each distinct stem first stands in the submission; {@code total} their weight */
        Held(int[] submission, double[] stemWeights, List<Integer> firsts, double total) {
            int[] order = firsts.stream().sorted(Comparator.comparingInt(i -> submission[i])).mapToInt(i -> i).toArray();
            ids = new int[order.length];
            weights = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                ids[k] = submission[order[k]];
                weights[k] = stemWeights[order[k]];
            }
            this.total = total;
            seen = new boolean[ids.length];
        }

        /** Weight of the submission's stems found anywhere in {@code other} / weight of all of them. */
        double share(int[] other) {
            Arrays.fill(seen, false);
            double found = 0;
            for (int stem : other) {
                int k = Arrays.binarySearch(ids, stem);
                if (k >= 0 && !seen[k]) {
                    seen[k] = true;
                    found += weights[k];
                }
            }
            return total == 0 ? 0 : found / total;
        }
    }

    /** Most of the submission first, then most of it in order; then by place, the smaller window first. */
    private static final Comparator<Window> BEST_FIRST = Comparator
            .comparingDouble((Window x) -> x.overlap().share()).reversed()
            .thenComparing(Comparator.comparingDouble((Window x) -> x.overlap().orderedShare()).reversed())
            .thenComparingInt(Window::volume).thenComparingInt(Window::first).thenComparingInt(Window::last);

    /**
     * Of windows best first, the first {@code limit} that overlap no better one, and after them any that hold the
     * submission exactly as well as the last, up to {@link #TIED}: a phrase that stands in several passages (a
     * title in the contents, the editors' notes and the text itself) must not lose the one that is Lenin's own to
     * the order of volume numbers.
     */
    private static List<Window> distinct(List<Window> sorted, int limit) {
        List<Window> distinct = new ArrayList<>();
        for (Window w : sorted) {
            if (distinct.size() >= limit) {
                StemOverlap last = distinct.get(limit - 1).overlap();
                if (distinct.size() == TIED || w.overlap().share() != last.share()
                        || w.overlap().orderedShare() != last.orderedShare()) {
                    break;
                }
            }
            boolean overlaps = false;
            for (Window d : distinct) {
                overlaps |= d.volume() == w.volume() && d.first() <= w.last() && w.first() <= d.last();
            }
            if (!overlaps) {
                distinct.add(w);
            }
        }
        return distinct;
    }

    /** The first index of {@code sorted} holding a value not below {@code value}. */
    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }
}

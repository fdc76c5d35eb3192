package app.verbatim.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds the passages of the Works whose words a submission shares, weighted by how rare each word is
 * (inverse document frequency over passages), on English stems. Unlike word pairs, stems survive another
 * translation of the same passage: "decrees from above" and "decreed from above" share "decre" and "abov".
 * Plain Java over an immutable {@link Snapshot}; one accumulator per thread.
 */
final class WorksRetrieval {

    /** Every indexed volume, and the passages each stem occurs in across all of them. */
    record Snapshot(Map<Integer, VolumeIndex> volumes, Map<String, Integer> df, int passages) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), 0);

        static Snapshot of(Collection<VolumeIndex> volumes) {
            Map<Integer, VolumeIndex> byNumber = new HashMap<>();
            Map<String, Integer> df = new HashMap<>();
            int passages = 0;
            for (VolumeIndex v : volumes) {
                byNumber.put(v.volume, v);
                v.documentFrequencies().forEach((lexeme, n) -> df.merge(lexeme, n, Integer::sum));
                passages += v.size();
            }
            return new Snapshot(Map.copyOf(byNumber), Map.copyOf(df), passages);
        }

        /** How much finding this stem says: ln(1 + N / df); a stem no passage holds weighs most. */
        double weight(String lexeme) {
            int n = df.getOrDefault(lexeme, 0);
            return Math.log(1.0 + (double) Math.max(passages, 1) / Math.max(n, 1));
        }
    }

    /**
     * Passages {@code first..last} (ordinals, one run) of a volume, around the passage that scored best, and
     * the share of the submission's stem weight they hold.
     */
    record Window(int volume, int first, int last, double share) {
    }

    /** Passages ranked by accumulated weight before the exact share of their window is worked out. */
    static final int RANKED = 24;

    private static final ThreadLocal<float[]> ACCUMULATOR = ThreadLocal.withInitial(() -> new float[0]);

    /**
     * The windows holding most of the submission's weight, best first, at most {@code limit}.
     *
     * @param lexemes the submission's distinct English stems
     */
    List<Window> best(Snapshot snapshot, Collection<String> lexemes, int limit) {
        Set<String> terms = new LinkedHashSet<>(lexemes);
        if (terms.isEmpty() || snapshot.passages() == 0) {
            return List.of();
        }
        Map<String, Double> weights = new HashMap<>();
        double total = 0;
        for (String t : terms) {
            double w = snapshot.weight(t);
            weights.put(t, w);
            total += w;
        }
        record Hit(int volume, int passage, float score) {
        }
        PriorityQueue<Hit> top = new PriorityQueue<>(Comparator.comparingDouble(Hit::score));
        for (VolumeIndex v : snapshot.volumes().values()) {
            float[] acc = ACCUMULATOR.get();
            if (acc.length < v.size()) {
                acc = new float[v.size()];
                ACCUMULATOR.set(acc);
            }
            List<Integer> touched = new ArrayList<>();
            for (String t : terms) {
                float w = weights.get(t).floatValue();
                for (int p : v.postings(t)) {
                    if (acc[p] == 0) {
                        touched.add(p);
                    }
                    acc[p] += w;
                }
            }
            for (int p : touched) {
                // a quotation may run over into the next passage of its run
                float score = acc[p] + (p + 1 < v.size() && v.runs[p + 1] == v.runs[p] ? acc[p + 1] / 2 : 0);
                if (top.size() < RANKED) {
                    top.add(new Hit(v.volume, p, score));
                } else if (score > top.peek().score()) {
                    top.poll();
                    top.add(new Hit(v.volume, p, score));
                }
            }
            for (int p : touched) {
                acc[p] = 0;
            }
        }
        List<Window> windows = new ArrayList<>();
        for (Hit hit : top) {
            VolumeIndex v = snapshot.volumes().get(hit.volume());
            int first = hit.passage() > 0 && v.runs[hit.passage() - 1] == v.runs[hit.passage()] ? hit.passage() - 1 : hit.passage();
            int last = hit.passage() + 1 < v.size() && v.runs[hit.passage() + 1] == v.runs[hit.passage()]
                    ? hit.passage() + 1 : hit.passage();
            double held = 0;
            for (String t : terms) {
                for (int p = first; p <= last; p++) {
                    if (v.holds(t, p)) {
                        held += weights.get(t);
                        break;
                    }
                }
            }
            windows.add(new Window(v.volume, first, last, held / total));
        }
        windows.sort(Comparator.comparingDouble(Window::share).reversed()
                .thenComparingInt(Window::volume).thenComparingInt(Window::first));
        // overlapping windows of one run say the same thing: keep the best of them
        List<Window> distinct = new ArrayList<>();
        for (Window w : windows) {
            boolean overlaps = distinct.stream().anyMatch(d -> d.volume() == w.volume()
                    && d.first() <= w.last() && w.first() <= d.last());
            if (!overlaps) {
                distinct.add(w);
            }
            if (distinct.size() == limit) {
                break;
            }
        }
        return distinct;
    }
}

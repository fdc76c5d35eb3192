package app.verbatim.works;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import app.verbatim.match.StemOverlap;

/**
 * Finds the passages of the Works that hold a submission's content words, on English stems, weighted by how
 * rare each stem is (inverse document frequency over passages). Unlike word pairs, stems survive another
 * translation: "decrees from above" and "decreed from above" share "decre" and "abov". First every passage is
 * scored by the weight of the stems it holds (one accumulator per thread); then the best-scoring ones, with
 * their neighbours, are compared stem by stem in order ({@link StemOverlap}). Plain Java over an immutable
 * {@link Snapshot}.
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
                v.documentFrequencies().forEach((stem, n) -> df.merge(stem, n, Integer::sum));
                passages += v.size();
            }
            return new Snapshot(Map.copyOf(byNumber), Map.copyOf(df), passages);
        }

        /** How much finding this stem says: ln(1 + N / df); a stem no passage holds weighs most. */
        double weight(String stem) {
            int n = df.getOrDefault(stem, 0);
            return Math.log(1.0 + (double) Math.max(passages, 1) / Math.max(n, 1));
        }
    }

    /** Passages {@code first..last} (ordinals, one run) of a volume, and how the submission overlaps them. */
    record Window(int volume, int first, int last, StemOverlap overlap) {
    }

    /** Passages ranked by accumulated weight, whose windows are then compared in order. */
    static final int RANKED = 48;

    /** Per thread: a score per passage of the largest volume, and which ones this lookup touched. */
    private static final class Scratch {
        float[] accumulator = new float[0];
        int[] touched = new int[0];

        Scratch fit(int passages) {
            if (accumulator.length < passages) {
                accumulator = new float[passages];
                touched = new int[passages];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * The windows that hold most of the submission, best first, at most {@code limit}, no two overlapping.
     *
     * @param stems the submission's stems in text order
     */
    List<Window> best(Snapshot snapshot, List<String> stems, int limit) {
        return best(snapshot, stems, limit, null);
    }

    /** As {@link #best(Snapshot, List, int)}, in one volume only when {@code volume} is given. */
    List<Window> best(Snapshot snapshot, List<String> stems, int limit, Integer volume) {
        if (stems.isEmpty() || snapshot.passages() == 0) {
            return List.of();
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        stems.forEach(s -> weights.computeIfAbsent(s, snapshot::weight));
        // Every stem's postings are walked, the commonest too: letting a common stem ("people", "party") only add to
        // passages a rarer one found gave a third more lookups a second, and lost a retranslated passage whose rare
        // words the memoirist had put otherwise (BENCHMARKS.md, "Works lookups").
        record Hit(VolumeIndex volume, int passage, float score) {
        }
        PriorityQueue<Hit> top = new PriorityQueue<>(Comparator.comparingDouble(Hit::score));
        for (VolumeIndex v : snapshot.volumes().values()) {
            if (volume != null && v.volume != volume) {
                continue;
            }
            Scratch scratch = SCRATCH.get().fit(v.size());
            float[] acc = scratch.accumulator;
            int[] touched = scratch.touched;
            int count = 0;
            for (var e : weights.entrySet()) {
                float w = e.getValue().floatValue();
                for (int p : v.postings(v.id(e.getKey()))) {
                    if (acc[p] == 0) {
                        touched[count++] = p;
                    }
                    acc[p] += w;
                }
            }
            for (int i = 0; i < count; i++) {
                int p = touched[i];
                // a quotation may run over into the next passage of its run
                float score = acc[p] + (p + 1 < v.size() && v.runs[p + 1] == v.runs[p] ? acc[p + 1] / 2 : 0);
                if (top.size() < RANKED) {
                    top.add(new Hit(v, p, score));
                } else if (score > top.peek().score()) {
                    top.poll();
                    top.add(new Hit(v, p, score));
                }
            }
            for (int i = 0; i < count; i++) {
                acc[touched[i]] = 0;
            }
        }
        double[] stemWeights = new double[stems.size()];
        for (int i = 0; i < stems.size(); i++) {
            stemWeights[i] = weights.get(stems.get(i));
        }
        // the submission in a volume's stem ids depends on the volume only, not on which of its passages ranked
        Map<VolumeIndex, int[]> submissions = new HashMap<>();
        List<Window> windows = new ArrayList<>();
        for (Hit hit : top) {
            VolumeIndex v = hit.volume();
            int p = hit.passage();
            int first = p > 0 && v.runs[p - 1] == v.runs[p] ? p - 1 : p;
            int last = p + 1 < v.size() && v.runs[p + 1] == v.runs[p] ? p + 1 : p;
            int[] submission = submissions.computeIfAbsent(v, x -> inVolume(x, stems));
            windows.add(new Window(v.volume, first, last, StemOverlap.of(submission, stemWeights, v.stems(first, last))));
        }
        windows.sort(Comparator.comparingDouble((Window x) -> x.overlap().share()).reversed()
                .thenComparing(Comparator.comparingDouble((Window x) -> x.overlap().orderedShare()).reversed())
                .thenComparingInt(Window::volume).thenComparingInt(Window::first));
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

    /** The submission's stems as the volume's stem ids; a stem the volume lacks gets a negative id of its own. */
    private static int[] inVolume(VolumeIndex v, List<String> stems) {
        int[] submission = new int[stems.size()];
        Map<String, Integer> unknown = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            String s = stems.get(i);
            int id = v.id(s);
            submission[i] = id >= 0 ? id : unknown.computeIfAbsent(s, x -> -1 - unknown.size());
        }
        return submission;
    }
}

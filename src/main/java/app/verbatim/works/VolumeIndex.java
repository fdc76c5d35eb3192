package app.verbatim.works;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

import app.verbatim.works.data.Stretch;

/**
 * One volume's passages as lookup searches them: the stems of each passage in order (as ids local to the
 * volume), and for each stem the passages holding it, sorted. Built from the database, never changed: a
 * changed volume gets a new index.
 */
final class VolumeIndex {

    /** One passage as the database lists it for indexing. */
    record Entry(int ordinal, int run, Stretch.Kind kind, int words, String[] stems) {
    }

    final int volume;
    final String dataSha256;
    final int[] runs;
    final Stretch.Kind[] kinds;
    /** Each stem the volume holds, at its id. */
    private final String[] stemNames;
    private final int[][] postings;
    private final int[] sequence;
    private final int[] sequenceStart;

    private VolumeIndex(int volume, String dataSha256, int[] runs, Stretch.Kind[] kinds, String[] stemNames,
                        int[][] postings, int[] sequence, int[] sequenceStart) {
        this.volume = volume;
        this.dataSha256 = dataSha256;
        this.runs = runs;
        this.kinds = kinds;
        this.stemNames = stemNames;
        this.postings = postings;
        this.sequence = sequence;
        this.sequenceStart = sequenceStart;
    }

    /** @param entries the volume's passages in ordinal order, ordinals 0..n-1 */
    static VolumeIndex of(int volume, String dataSha256, List<Entry> entries) {
        int n = entries.size();
        int[] runs = new int[n];
        Stretch.Kind[] kinds = new Stretch.Kind[n];
        Map<String, Integer> ids = new HashMap<>();
        int[] sequenceStart = new int[n + 1];
        int length = 0;
        for (Entry e : entries) {
            length += e.stems().length;
        }
        int[] sequence = new int[length];
        int at = 0;
        for (Entry e : entries) {
            runs[e.ordinal()] = e.run();
            kinds[e.ordinal()] = e.kind();
            sequenceStart[e.ordinal()] = at;
            for (String stem : e.stems()) {
                sequence[at++] = ids.computeIfAbsent(stem, s -> ids.size());
            }
        }
        sequenceStart[n] = at;
        int[] counts = new int[ids.size()];
        int[] lastSeen = new int[ids.size()];
        Arrays.fill(lastSeen, -1);
        for (int p = 0; p < n; p++) {
            for (int k = sequenceStart[p]; k < sequenceStart[p + 1]; k++) {
                if (lastSeen[sequence[k]] != p) {
                    lastSeen[sequence[k]] = p;
                    counts[sequence[k]]++;
                }
            }
        }
        int[][] postings = new int[ids.size()][];
        for (int id = 0; id < counts.length; id++) {
            postings[id] = new int[counts[id]];
        }
        int[] filled = new int[ids.size()];
        Arrays.fill(lastSeen, -1);
        for (int p = 0; p < n; p++) {
            for (int k = sequenceStart[p]; k < sequenceStart[p + 1]; k++) {
                int id = sequence[k];
                if (lastSeen[id] != p) {
                    lastSeen[id] = p;
                    postings[id][filled[id]++] = p;
                }
            }
        }
        String[] stemNames = new String[ids.size()];
        ids.forEach((stem, id) -> stemNames[id] = stem);
        return new VolumeIndex(volume, dataSha256, runs, kinds, stemNames, postings, sequence, sequenceStart);
    }

    int size() {
        return runs.length;
    }

    /** How many distinct stems the volume holds; their ids run from 0. */
    int stemCount() {
        return postings.length;
    }

    /** Calls {@code action} with each stem the volume holds and its id here. */
    void forEachStem(ObjIntConsumer<String> action) {
        for (int id = 0; id < stemNames.length; id++) {
            action.accept(stemNames[id], id);
        }
    }

    /** The passages holding a stem (by id), in ordinal order. */
    int[] postings(int id) {
        return postings[id];
    }

    /** The stems of passages {@code first..last}, in order. */
    int[] stems(int first, int last) {
        return Arrays.copyOfRange(sequence, sequenceStart[first], sequenceStart[last + 1]);
    }
}

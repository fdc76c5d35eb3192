package app.verbatim.works;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;

/**
 * One volume's passages as lookup searches them: the stems of each passage in order, as ids local to the volume.
 * Which passages hold a stem is kept once, for all volumes, by {@link WorksSnapshot}. Built from the database,
 * never changed: a changed volume gets a new index.
 */
final class VolumeIndex {

    /** One passage as the database lists it for indexing. */
    record Entry(int ordinal, int run, String[] stems) {
    }

    final int volume;
    final String dataSha256;
    final int[] runs;
    /** Each stem the volume holds, at its id. */
    private final String[] stemNames;
    private final int[] sequence;
    private final int[] sequenceStart;

    private VolumeIndex(int volume, String dataSha256, int[] runs, String[] stemNames, int[] sequence,
                        int[] sequenceStart) {
        this.volume = volume;
        this.dataSha256 = dataSha256;
        this.runs = runs;
        this.stemNames = stemNames;
        this.sequence = sequence;
        this.sequenceStart = sequenceStart;
    }

    /** @param entries the volume's passages in ordinal order, ordinals 0..n-1 */
    static VolumeIndex of(int volume, String dataSha256, List<Entry> entries) {
        int n = entries.size();
        int[] runs = new int[n];
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
            sequenceStart[e.ordinal()] = at;
            for (String stem : e.stems()) {
                sequence[at++] = ids.computeIfAbsent(stem, s -> ids.size());
            }
        }
        sequenceStart[n] = at;
        String[] stemNames = new String[ids.size()];
        ids.forEach((stem, id) -> stemNames[id] = stem);
        return new VolumeIndex(volume, dataSha256, runs, stemNames, sequence, sequenceStart);
    }

    int size() {
        return runs.length;
    }

    /** How many distinct stems the volume holds; their ids run from 0. */
    int stemCount() {
        return stemNames.length;
    }

    /** Calls {@code action} with each stem the volume holds and its id here. */
    void forEachStem(ObjIntConsumer<String> action) {
        for (int id = 0; id < stemNames.length; id++) {
            action.accept(stemNames[id], id);
        }
    }

    /** Calls {@code action} with the id of each stem of a passage, in order, repeats included. */
    void forEachStemOf(int passage, IntConsumer action) {
        for (int k = sequenceStart[passage]; k < sequenceStart[passage + 1]; k++) {
            action.accept(sequence[k]);
        }
    }

    /** The stems of passages {@code first..last}, in order. */
    int[] stems(int first, int last) {
        return Arrays.copyOfRange(sequence, sequenceStart[first], sequenceStart[last + 1]);
    }
}

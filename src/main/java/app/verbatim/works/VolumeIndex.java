package app.verbatim.works;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.verbatim.works.data.Stretch;

/**
 * One volume's passages as lookup searches them: for each English stem, the passages holding it (sorted), and
 * for each passage its run, kind and length. Built from the database, never changed: a changed volume gets
 * a new index.
 */
final class VolumeIndex {

    /** One passage as the database lists it for indexing. */
    record Entry(int ordinal, int run, Stretch.Kind kind, int words, String[] lexemes) {
    }

    final int volume;
    final String dataSha256;
    final int[] runs;
    final Stretch.Kind[] kinds;
    final int[] words;
    private final Map<String, int[]> postings;

    private VolumeIndex(int volume, String dataSha256, int[] runs, Stretch.Kind[] kinds, int[] words,
                        Map<String, int[]> postings) {
        this.volume = volume;
        this.dataSha256 = dataSha256;
        this.runs = runs;
        this.kinds = kinds;
        this.words = words;
        this.postings = postings;
    }

    /** @param entries the volume's passages in ordinal order, ordinals 0..n-1 */
    static VolumeIndex of(int volume, String dataSha256, List<Entry> entries) {
        int n = entries.size();
        int[] runs = new int[n];
        Stretch.Kind[] kinds = new Stretch.Kind[n];
        int[] words = new int[n];
        Map<String, int[]> counts = new HashMap<>();
        for (Entry e : entries) {
            runs[e.ordinal()] = e.run();
            kinds[e.ordinal()] = e.kind();
            words[e.ordinal()] = e.words();
            for (String lexeme : e.lexemes()) {
                counts.computeIfAbsent(lexeme, k -> new int[1])[0]++;
            }
        }
        Map<String, int[]> postings = new HashMap<>(counts.size() * 2);
        counts.forEach((lexeme, count) -> postings.put(lexeme, new int[count[0]]));
        Map<String, int[]> filled = new HashMap<>(counts.size() * 2);
        for (Entry e : entries) {
            for (String lexeme : e.lexemes()) {
                int[] list = postings.get(lexeme);
                int at = filled.computeIfAbsent(lexeme, k -> new int[1])[0]++;
                list[at] = e.ordinal();
            }
        }
        return new VolumeIndex(volume, dataSha256, runs, kinds, words, postings);
    }

    int size() {
        return runs.length;
    }

    /** The passages holding a stem, in ordinal order; empty when none does. */
    int[] postings(String lexeme) {
        int[] list = postings.get(lexeme);
        return list == null ? EMPTY : list;
    }

    Map<String, Integer> documentFrequencies() {
        Map<String, Integer> df = new HashMap<>(postings.size() * 2);
        postings.forEach((lexeme, list) -> df.put(lexeme, list.length));
        return df;
    }

    boolean holds(String lexeme, int passage) {
        return java.util.Arrays.binarySearch(postings(lexeme), passage) >= 0;
    }

    private static final int[] EMPTY = new int[0];
}

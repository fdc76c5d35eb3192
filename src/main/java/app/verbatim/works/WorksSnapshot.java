package app.verbatim.works;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every indexed volume as one search space: the volumes' passages numbered one after another, one number per
 * stem across all of them, and for each stem the passages holding it. A lookup reads one stem once and walks one
 * list, instead of asking every volume's own dictionary (which cost a tenth of the service's CPU under load, most
 * of it in cache misses on 39 tables). Immutable; built from the volumes' indexes, so from the database only.
 */
final class WorksSnapshot {

    static final WorksSnapshot EMPTY = of(List.of());

    private final Map<Integer, VolumeIndex> byNumber;
    /** The volumes in the order their passages are numbered. */
    private final VolumeIndex[] volumes;
    /** The number of each volume's first passage; one more entry holds the number of passages in all. */
    private final int[] offsets;
    /** Per volume: its own stem ids as this snapshot's. */
    private final int[][] stemIds;
    private final Map<String, Integer> ids;
    /** Per stem: the passages holding it, ascending. */
    private final int[][] postings;
    /** Passage p runs on into p + 1 (the same run of text in the same volume). */
    private final boolean[] runsOn;

    private WorksSnapshot(Map<Integer, VolumeIndex> byNumber, VolumeIndex[] volumes, int[] offsets, int[][] stemIds,
                          Map<String, Integer> ids, int[][] postings, boolean[] runsOn) {
        this.byNumber = byNumber;
        this.volumes = volumes;
        this.offsets = offsets;
        this.stemIds = stemIds;
        this.ids = ids;
        this.postings = postings;
        this.runsOn = runsOn;
    }

    static WorksSnapshot of(Collection<VolumeIndex> indexes) {
        VolumeIndex[] volumes = indexes.stream().sorted(Comparator.comparingInt((VolumeIndex v) -> v.volume))
                .toArray(VolumeIndex[]::new);
        Map<Integer, VolumeIndex> byNumber = new HashMap<>();
        int[] offsets = new int[volumes.length + 1];
        Map<String, Integer> ids = new HashMap<>();
        int[][] stemIds = new int[volumes.length][];
        for (int i = 0; i < volumes.length; i++) {
            VolumeIndex v = volumes[i];
            byNumber.put(v.volume, v);
            offsets[i + 1] = offsets[i] + v.size();
            int[] own = new int[v.stemCount()];
            v.forEachStem((stem, local) -> own[local] = ids.computeIfAbsent(stem, s -> ids.size()));
            stemIds[i] = own;
        }
        // Passages are numbered volume after volume, so each stem's list comes out ascending; a stem a passage holds
        // twice is listed once (lastHolder: the passage each stem was last listed for).
        int[] lastHolder = new int[ids.size()];
        int[] counts = new int[ids.size()];
        Arrays.fill(lastHolder, -1);
        forEachHolding(volumes, offsets, stemIds, lastHolder, (id, p) -> counts[id]++);
        int[][] postings = new int[ids.size()][];
        for (int id = 0; id < counts.length; id++) {
            postings[id] = new int[counts[id]];
        }
        int[] filled = new int[ids.size()];
        Arrays.fill(lastHolder, -1);
        forEachHolding(volumes, offsets, stemIds, lastHolder, (id, p) -> postings[id][filled[id]++] = p);
        boolean[] runsOn = new boolean[offsets[volumes.length]];
        for (int i = 0; i < volumes.length; i++) {
            VolumeIndex v = volumes[i];
            for (int p = 0; p + 1 < v.size(); p++) {
                if (v.runs[p + 1] == v.runs[p]) {
                    runsOn[offsets[i] + p] = true;
                }
            }
        }
        return new WorksSnapshot(Map.copyOf(byNumber), volumes, offsets, stemIds, ids, postings, runsOn);
    }

    /** Calls {@code action} with (stem id, passage number) once for each stem each passage holds, passages in order. */
    private static void forEachHolding(VolumeIndex[] volumes, int[] offsets, int[][] stemIds, int[] lastHolder,
                                       Holding action) {
        for (int i = 0; i < volumes.length; i++) {
            int[] own = stemIds[i];
            for (int local = 0; local < volumes[i].size(); local++) {
                int p = offsets[i] + local;
                volumes[i].forEachStemOf(local, stem -> {
                    int id = own[stem];
                    if (lastHolder[id] != p) {
                        lastHolder[id] = p;
                        action.accept(id, p);
                    }
                });
            }
        }
    }

    /** A stem held by a passage: ids and numbers as this snapshot's. */
    private interface Holding {
        void accept(int stem, int passage);
    }

    /** The indexed volumes by number. */
    Map<Integer, VolumeIndex> volumes() {
        return byNumber;
    }

    /** Passages in all volumes. */
    int passages() {
        return offsets[volumes.length];
    }

    /** The stem's number, or -1 when no passage holds it. */
    int id(String stem) {
        Integer id = ids.get(stem);
        return id == null ? -1 : id;
    }

    /** The passages holding a stem, ascending; none for -1. */
    int[] postings(int id) {
        return id < 0 ? NONE : postings[id];
    }

    /** How much finding this stem says: ln(1 + N / df); a stem no passage holds weighs most. */
    double weight(int id) {
        int df = id < 0 ? 0 : postings[id].length;
        return Math.log(1.0 + (double) Math.max(passages(), 1) / Math.max(df, 1));
    }

    boolean runsOn(int passage) {
        return runsOn[passage];
    }

    /** The passages of one volume: {from, to} (to exclusive); none when it is not indexed. */
    int[] range(int volume) {
        for (int i = 0; i < volumes.length; i++) {
            if (volumes[i].volume == volume) {
                return new int[] {offsets[i], offsets[i + 1]};
            }
        }
        return new int[] {0, 0};
    }

    /** Which volume (position in numbering order) holds a passage. */
    int volumeOf(int passage) {
        int i = Arrays.binarySearch(offsets, passage);
        // an offset shared by an empty volume and the next: the last volume starting there holds the passage
        if (i >= 0) {
            while (i + 1 < volumes.length && offsets[i + 1] == passage) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    VolumeIndex volumeAt(int position) {
        return volumes[position];
    }

    int offset(int position) {
        return offsets[position];
    }

    /** The stems of a volume's passages {@code first..last} (its own ordinals), in order, as this snapshot's ids. */
    int[] stems(int position, int first, int last) {
        int[] stems = volumes[position].stems(first, last);
        int[] own = stemIds[position];
        for (int k = 0; k < stems.length; k++) {
            stems[k] = own[stems[k]];
        }
        return stems;
    }

    private static final int[] NONE = new int[0];
}

package app.verbatim.works;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** What the Works search ranks, on small made-up volumes (plain Java, no service). */
class WorksRetrievalTest {

    private final WorksRetrieval retrieval = new WorksRetrieval();

    /**
     * Far more passages than are ranked hold the submission equally well: the ones returned are the earliest, whatever
     * order the posting walk meets them in. Here it meets the late ones first (they hold the first word submitted);
     * before, the heap they went through kept whichever came first.
     */
    @Test
    void amongEqualPassagesTheEarliestAreRanked() {
        List<VolumeIndex.Entry> entries = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            // passages 0-99 hold "bread" and "land", 400-499 "peac" and "land": as many of each, so each pair weighs the same
            String[] stems = p < 100 ? new String[] {"bread", "land", "x" + p}
                    : p >= 400 ? new String[] {"peac", "land", "y" + p} : new String[] {"z" + p};
            entries.add(new VolumeIndex.Entry(p, p, stems));
        }
        WorksSnapshot snapshot = WorksSnapshot.of(List.of(VolumeIndex.of(26, "sha", entries)));
        List<WorksRetrieval.Window> best = retrieval.best(snapshot, List.of("peac", "bread", "land"), 4);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), best.stream().map(WorksRetrieval.Window::first).toList(),
                "the earliest passages, as many as are returned when tied");
    }

    /** The passage holding most of the submission's rare words is found among thousands holding a common one. */
    @Test
    void theRarestWordsDecide() {
        Random random = new Random(3);
        List<VolumeIndex.Entry> entries = new ArrayList<>();
        for (int p = 0; p < 3000; p++) {
            List<String> stems = new ArrayList<>(List.of("peopl", "w" + random.nextInt(400), "w" + random.nextInt(400)));
            if (p == 2222) {
                stems.addAll(List.of("decre", "abov", "socialism"));
            }
            Collections.shuffle(stems, random);
            entries.add(new VolumeIndex.Entry(p, p, stems.toArray(String[]::new)));
        }
        WorksSnapshot snapshot = WorksSnapshot.of(List.of(VolumeIndex.of(26, "sha", entries)));
        List<WorksRetrieval.Window> best = retrieval.best(snapshot, List.of("socialism", "decre", "abov", "peopl"), 4);
        assertEquals(2222, best.get(0).first());
        assertEquals(26, best.get(0).volume());
    }
}

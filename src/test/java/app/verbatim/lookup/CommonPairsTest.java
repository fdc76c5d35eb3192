package app.verbatim.lookup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CommonPairsTest {

    @Test
    void shouldSpreadTheProbeFromTheFirstPairToTheLast() {
        int[] pairs = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
        assertArrayEquals(new int[] {10, 13, 16, 19}, CommonPairs.spread(pairs, 4));
        assertArrayEquals(new int[] {10, 19}, CommonPairs.spread(pairs, 2));
        assertArrayEquals(new int[] {15}, CommonPairs.spread(pairs, 1));
    }

    @Test
    void shouldTakeEveryPairWhenAskedForAllOfThem() {
        int[] pairs = {3, 1, 2};
        assertArrayEquals(pairs, CommonPairs.spread(pairs, 3));
    }

    private static final Map<Integer, Float> COMMON = Map.of(2, 500f, 4, 300f, 6, 900f, 8, 150f);

    @Test
    void shouldProbeWithTheUncommonPairsOnly() {
        assertArrayEquals(new int[] {1, 3, 5}, CommonPairs.probe(new int[] {1, 2, 3, 4, 5, 6}, COMMON, 4));
        assertArrayEquals(new int[] {1, 5}, CommonPairs.probe(new int[] {1, 2, 3, 4, 5, 6}, COMMON, 2));
    }

    @Test
    void shouldProbeWithTheLeastCommonPairsWhenAllAreCommon() {
        assertArrayEquals(new int[] {8, 4, 2}, CommonPairs.probe(new int[] {2, 4, 6, 8}, COMMON, 4));
    }
}

package app.verbatim.lookup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}

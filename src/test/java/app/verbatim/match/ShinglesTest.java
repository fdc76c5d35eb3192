package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import app.verbatim.text.TextNormaliser;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private static int[] of(String s) {
        return Shingles.of(TextNormaliser.tokenize(s));
    }

    @Test
    void hashIsFnv1a32OfTheUtf8PairSoItIsStableAcrossRuns() {
        // reference values of FNV-1a 32 bit: "" -> 0x811c9dc5, "a" -> 0xe40c292c
        assertEquals(0x811c9dc5, Shingles.fnv1a(""));
        assertEquals(0xe40c292c, Shingles.fnv1a("a"));
        assertArrayEquals(new int[] {Shingles.fnv1a("peace must")}, of("Peace must"));
    }

    @Test
    void resultIsSortedAndDistinct() {
        int[] s = of("peace must peace must be secured from below peace must");
        int[] sorted = Arrays.stream(s).sorted().distinct().toArray();
        assertArrayEquals(sorted, s);
    }

    @Test
    void inTextOrderKeepsEachPairOnceWhereItFirstOccurs() {
        int[] ordered = Shingles.inTextOrder(TextNormaliser.tokenize("Peace must be secured. Peace must come."));
        assertArrayEquals(new int[] {Shingles.fnv1a("peace must"), Shingles.fnv1a("must be"), Shingles.fnv1a("be secured"),
                Shingles.fnv1a("secured peace"), Shingles.fnv1a("must come")}, ordered);
        assertArrayEquals(Arrays.stream(ordered).sorted().toArray(), of("Peace must be secured. Peace must come."));
    }

    @Test
    void pairsOfTwoStopWordsAreDropped() {
        assertEquals(0, of("of the").length);
        assertArrayEquals(new int[] {Shingles.fnv1a("of peace")}, of("of peace"));
    }

    @Test
    void negationsAreNotStopWords() {
        assertArrayEquals(new int[] {Shingles.fnv1a("be not")}, of("be not"));
        assertEquals(1, of("it never").length);
        assertEquals(1, of("no one").length);
    }

    @Test
    void noPairIsMadeAcrossAnEllipsis() {
        assertEquals(0, of("peace ... below").length);
        assertEquals(2, of("peace must … secured below").length);
    }

    @Test
    void formattingAndBritishSpellingDoNotChangeTheShingles() {
        assertArrayEquals(of("the organization of labor"), of("The Organisation of LABOUR!"));
    }

    @Test
    void sharedQuotationSharesShingles() {
        int[] stored = of("Peace cannot be concluded only from above. Peace must be secured from below.");
        int[] query = of("peace must be secured");
        assertTrue(Arrays.stream(query).allMatch(h -> Arrays.binarySearch(stored, h) >= 0));
    }
}

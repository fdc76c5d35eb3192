package app.verbatim.works.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The converter's rules one at a time, where the whole-volume test would hide which one broke. */
class WorksConverterPartsTest {

    @Test
    void hyphensAtLineEndsJoinUnlessTheVolumePrintsTheCompound() {
        HyphenJoiner joiner = new HyphenJoiner();
        joiner.learn(List.of("the counter-revolutionary bourgeoisie and the co-operative shops", "the government is weak"));
        assertEquals("the government", joiner.join("the govern-", "ment"));
        assertEquals("the counter-revolutionary", joiner.join("the counter-", "revolutionary"));
        assertEquals("the Socialist-Revolutionaries", joiner.join("the Socialist-", "Revolutionaries"));
        assertEquals("in 1917-18", joiner.join("in 1917-", "18"));
        assertEquals("CENTRAL COMMITTEE", joiner.join("CEN-", "TRAL COMMITTEE"));
        assertEquals("power—and", joiner.join("power—", "and"));
        assertEquals("two words", joiner.join("two", "words"));
    }

    @Test
    void attributionNamesWhoeverTheLeadSaysIsQuoted() {
        assertEquals(Optional.of("Marx"), QuoteAttribution.of("This is the essence of the matter. Marx wrote:"));
        assertEquals(Optional.of("Kautsky"), QuoteAttribution.of("In his pamphlet Kautsky says (p. 41):"));
        assertEquals(Optional.of("Vandervelde"), QuoteAttribution.of("Vandervelde writes:"));
        assertEquals(Optional.of("Engels"), QuoteAttribution.of("and here is what, writes Engels:"));
        assertEquals(Optional.of("resolution"), QuoteAttribution.of("We accept it. The resolution reads:"));
        assertEquals(Optional.empty(), QuoteAttribution.of("In conclusion let me quote another sample of this “economic analysis”:"));
    }

    @Test
    void titlesReadInTitleCaseWithAbbreviationsKept() {
        assertEquals("To the Population", TitleCase.of("TO THE POPULATION"));
        assertEquals("Letter to I. T. Smilga, Chairman of the Regional Committee",
                TitleCase.of("LETTER TO I. T. SMILGA, CHAIRMAN OF THE REGIONAL COMMITTEE"));
        assertEquals("Meeting of the Central Committee of the R.S.D.L.P.(B.), October 10 (23), 1917",
                TitleCase.of("MEETING OF THE CENTRAL COMMITTEE OF THE R.S.D.L.P.(B.), OCTOBER 10 (23), 1917"));
        assertEquals("The Crisis Has Matured. The Mistakes of Our Party", TitleCase.of("THE CRISIS HAS MATURED. The Mistakes of Our Party"));
        assertEquals("Second All-Russia Congress of Soviets", TitleCase.of("SECOND ALL-RUSSIA CONGRESS OF SOVIETS"));
        assertEquals("Chapter II", TitleCase.of("CHAPTER II"));
    }

    @Test
    void pagesBetweenHeadsTakeTheirNumbersAndPlatesAreLeftOut() {
        // PDF pages 0-9; heads on 1, 2, 4, 8, 9; pages 5 and 6 are a plate and its blank back, unnumbered in print.
        int[] heads = {-1, 11, 12, -1, 14, -1, -1, -1, 16, 17};
        int[] plateLike = {1, 0, 0, 0, 0, 2, 2, 0, 0, 0};
        int[] labels = new int[10];
        java.util.Arrays.fill(labels, -1);
        PageNumbering.Result r = PageNumbering.number(heads, plateLike, labels, 9);
        assertArrayEquals(new int[] {-1, 11, 12, 13, 14, -1, -1, 15, 16, 17}, r.printed());
        assertEquals(2, r.plates());
        assertTrue(r.inferred()[3] && r.inferred()[7]);
    }

    @Test
    void aHeadThatDisagreesWithBothNeighboursIsNotBelieved() {
        int[] heads = {7, 8, 9, 52, 11, 12};
        int[] none = {0, 0, 0, 0, 0, 0};
        int[] labels = {-1, -1, -1, -1, -1, -1};
        PageNumbering.Result r = PageNumbering.number(heads, none, labels, 5);
        assertArrayEquals(new int[] {7, 8, 9, 10, 11, 12}, r.printed());
    }
}

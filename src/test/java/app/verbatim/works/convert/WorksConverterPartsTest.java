package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeData;

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
        assertEquals(Optional.of("I. I. Molleson"), QuoteAttribution.of("I. I. Molleson, an investigator of workshop sanitary conditions, says:"));
        assertEquals(Optional.empty(), QuoteAttribution.of("In conclusion let me quote another sample of this “economic analysis”:"));
        assertEquals(Optional.empty(), QuoteAttribution.of("Speaking to the businessmen, I asked:"));
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
    void letterSpacedWordsAreClosedUpAndOrdinaryTextLeftAlone() {
        assertEquals("CONTENTS", TextCleaner.rejoinLetterSpaced("C O N T E N T S"));
        assertEquals("Frankfurter Zeitung, 1904", TextCleaner.rejoinLetterSpaced("F r a n k f u r t e r   Z e i t u n g,  1904"));
        assertEquals("A LETTER TO THE NORTHERN LEAGUE", TextCleaner.rejoinLetterSpaced("A LETTER TO THE N O R T H E R N  L E A G U E"));
        assertEquals("TO THE POPULATION", TextCleaner.rejoinLetterSpaced("TO  THE  POPULATION"));
        assertEquals("a b c tables stay", TextCleaner.rejoinLetterSpaced("a b c tables stay"));
        assertEquals("an excellent, philosophical", TextCleaner.rejoinLetterSpaced("an  e x c e l l e n t,  philosophical"));
        assertEquals("hoping to win these", TextCleaner.rejoinLetterSpaced("h o p i n g  t o  w i n  t h e s e"));
        assertEquals("ILLUSTRATIONS", TextCleaner.rejoinLetterSpaced("I  L  L  U  S  T  R  A  T  I  O  N  S"));
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
    void thePeriodComesFromTheChronologyOrThePreface() {
        List<VolumeData.Work> works = List.of(new VolumeData.Work("Preface", 15, 16, true), new VolumeData.Work("Notes", 20, 30, true),
                new VolumeData.Work("The Life and Work of V. I. Lenin. Outstanding Dates", 31, 40, true));
        List<VolumeData.Page> chronology = List.of(new VolumeData.Page(31, 35, "THE LIFE AND WORK OF V. I. LENIN Outstanding Dates\n(January-July 1905)", List.of()));
        assertEquals("January 1905 – July 1905", Period.find(works, chronology, List.of()));
        List<VolumeData.Page> preface = List.of(
                new VolumeData.Page(15, 19, "PREFACE\nThe documents were first published from 1933 to 1947. Volume 44 contains letters, "
                        + "telegrams and notes written in the period from October 1917 to November 1920; it supplements volumes 26-31.", List.of()),
                new VolumeData.Page(31, 35, "THE LIFE AND WORK OF V. I. LENIN Outstanding Dates (!ugust 191-January 194)", List.of()));
        assertEquals("October 1917 – November 1920", Period.find(works, preface, List.of()));
    }

    @Test
    void pagesPrintedTwiceGiveWayToTheCopiesThatRunOn() {
        // Vol. 11 repeats pp. 396-397 before the good copies; the later ones continue into p. 398.
        int[] heads = {393, 394, 395, 396, 397, 396, 397, 398, 399};
        int[] none = new int[9];
        int[] labels = new int[9];
        java.util.Arrays.fill(labels, -1);
        PageNumbering.Result r = PageNumbering.number(heads, none, labels, 8);
        assertArrayEquals(new int[] {393, 394, 395, -1, -1, 396, 397, 398, 399}, r.printed());
    }

    @Test
    void aBodySizeQuotationInsetFromTheMarginIsSetApart() {
        List<TextLine> lines = List.of(
                line("Summing up his historical analysis, Engels says:", 47.3f, 323.6f, 318.2f),
                line("“The state is, therefore, by no means a power forced", 69.7f, 360, 341.3f),
                line("on society from without; it is a product of society", 58.4f, 360, 352.8f),
                line("at a certain stage of development.” (Pp. 177-78.)", 58.4f, 250, 364.2f),
                line("It is impossible because civilised society is split", 47.3f, 360, 387.2f),
                line("into antagonistic classes.", 36, 160, 398.8f));
        List<Paragraph> paragraphs = new PageLayout(new HyphenJoiner()).paragraphs(lines, false, new float[] {36, 360}).paragraphs();
        assertEquals(List.of(Paragraph.Role.BODY, Paragraph.Role.SMALL, Paragraph.Role.BODY), paragraphs.stream().map(Paragraph::role).toList());
        assertTrue(paragraphs.get(1).text().endsWith("at a certain stage of development.” (Pp. 177-78.)"));
    }

    private static TextLine line(String text, float x0, float x1, float y) {
        return new TextLine(text, List.of(new TextLine.Segment(text, x0, x1)), x0, x1, y, 11, false, false);
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

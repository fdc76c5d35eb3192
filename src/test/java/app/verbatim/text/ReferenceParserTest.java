package app.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceParserTest {

    private final ReferenceParser parser = new ReferenceParser();

    private Reference one(String text) {
        List<Reference> c = parser.parse(text);
        assertEquals(1, c.size());
        return c.get(0);
    }

    @Test
    void shouldParseSinglePage() {
        Reference c = one("words.\" (Works, Vol. 26, p. 255.) Then");
        assertEquals(26, c.volume());
        assertEquals(List.of(new PageRange(255, 255)), c.pages());
        assertEquals("(Works, Vol. 26, p. 255.)", c.raw());
        assertFalse(c.ibid());
    }

    @Test
    void shouldParseVolumeWrittenWithoutSpace() {
        Reference c = one("(Works, Vol.26, pp. 4, 8-9.)");
        assertEquals(26, c.volume());
        assertEquals(List.of(new PageRange(4, 4), new PageRange(8, 9)), c.pages());
    }

    @Test
    void shouldExpandAbbreviatedRange() {
        assertEquals(List.of(new PageRange(263, 267)), one("(Works, Vol. 26, pp. 263-67.)").pages());
    }

    @Test
    void shouldKeepFullRange() {
        assertEquals(List.of(new PageRange(298, 300)), one("(Works, Vol. 26, pp. 298-300.)").pages());
    }

    @Test
    void shouldExpandOneDigitTail() {
        assertEquals(List.of(new PageRange(1021, 1023)), one("(Works, Vol. 5, pp. 1021-3.)").pages());
    }

    @Test
    void shouldReadRangeAfterSingularP() {
        assertEquals(List.of(new PageRange(436, 437)), one("(Works, Vol. 26, p. 436-37.)").pages());
    }

    @Test
    void shouldParseTwoPageGroups() {
        assertEquals(List.of(new PageRange(316, 316), new PageRange(317, 318)),
                one("(Works, Vol. 26, pp. 316, 317-18.)").pages());
    }

    @Test
    void shouldKeepPagesInTheOrderGiven() {
        assertEquals(List.of(new PageRange(393, 393), new PageRange(392, 392)),
                one("(Works, Vol. 26, pp. 393, 392.)").pages());
    }

    @Test
    void shouldResolveIbidToPreviousVolume() {
        List<Reference> c = parser.parse("(Works, Vol. 26, p. 280.) text (Ibid., p. 282.) (Works, Vol. 27, p. 1.) (Ibid., pp. 385, 387.)");
        assertTrue(c.get(1).ibid());
        assertEquals(26, c.get(1).volume());
        assertEquals(27, c.get(3).volume());
        assertEquals(List.of(new PageRange(385, 385), new PageRange(387, 387)), c.get(3).pages());
    }

    @Test
    void shouldParseCitationBrokenAcrossLines() {
        Reference c = one("Supreme Commander.\" (Works,\nVol. 26, p. 280.)");
        assertEquals(26, c.volume());
        assertEquals(List.of(new PageRange(280, 280)), c.pages());
        assertTrue(c.raw().contains("\n"));
    }

    @Test
    void shouldNotTakeMyItalicsNoteForCitation() {
        String text = "themselves.\" (My italics.–N.K.) (Works, Vol. 26, pp. 254-55.)";
        assertEquals(1, parser.parse(text).size());
        assertEquals(1, parser.italicNotes(text).size());
    }

    @Test
    void shouldReadTheSourceAndTakeWorksAsLeninsWritings() {
        Reference c = one("(Works, Vol. 26, p. 255.)");
        assertEquals(Reference.WORKS, c.source());
        assertEquals("Lenin", c.author());
        assertTrue(c.leninsWritings());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (Lenin Miscellany, XXIV, p. 44)                                  | Lenin Miscellany | 24 | 44  | 44
            (Lenin Miscellany, Vol. XXXV, pp. 12-13)                         | Lenin Miscellany | 35 | 12  | 13
            (Collected Works, Volume 26, Moscow 1977, p. 274)                | Works            | 26 | 274 | 274
            (Works, 4th ed., Vol. 26, p. 274.)                               | Works            | 26 | 274 | 274
            (Works, 26, p. 274)                                              | Works            | 26 | 274 | 274
            (Selected Works, Vol. 2, pp. 5-7)                                | Selected Works   | 2  | 5   | 7
            (Vol. 29, p. 70)                                                 | Works            | 29 | 70  | 70
            """)
    void shouldReadSourcesVolumesAndPagesOfOtherEditions(String text, String source, int volume, int first, int last) {
        Reference c = one("words.\" " + text);
        assertEquals(source, c.source());
        assertEquals(volume, c.volume());
        assertEquals(List.of(new PageRange(first, last)), c.pages());
        assertTrue(c.leninsWritings());
    }

    @Test
    void shouldReadTheEditionWhereTheReferenceStatesIt() {
        assertEquals("4th ed.", one("(Works, 4th ed., Vol. 26, p. 274.)").edition());
        assertEquals("Moscow 1977", one("(Collected Works, Volume 26, Moscow 1977, p. 274)").edition());
        assertEquals(null, one("(Works, Vol. 26, p. 274.)").edition());
    }

    @Test
    void shouldResolveIbidToTheLastReferenceOfAnySource() {
        List<Reference> c = parser.parse("(Works, Vol. 26, p. 280.) text (Lenin Miscellany, XXIV, p. 44) more (Ibid., p. 46.)");
        assertEquals(3, c.size());
        assertEquals("Lenin Miscellany", c.get(2).source());
        assertEquals(24, c.get(2).volume());
        assertEquals(List.of(new PageRange(46, 46)), c.get(2).pages());
        assertTrue(c.get(2).ibid());
    }

    @Test
    void shouldReadAPublicationAndDateOnlyRightAfterQuotedWords() {
        Reference c = one("follow my example.’ (Bulletin communiste, July 22, 1920)");
        assertEquals("Bulletin communiste", c.source());
        assertEquals(null, c.volume());
        assertFalse(c.leninsWritings());
        assertTrue(parser.parse("He lived there (Geneva, May 1905) for a year.").isEmpty());
        assertTrue(parser.parse("The demonstration of June 18th,\" (July 1st, New Style) he wrote").isEmpty());
    }

    @Test
    void shouldNotTakeDatesAndAsidesForReferences() {
        assertTrue(parser.parse("Plekhanov (1856-1918) and the Works of Marx (see his letters)").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            V.I. Lenin, The Immediate Tasks of the Soviet Government, March-April 1918, Collected Works, Volume 26, Moscow 1977, p. 274. | 26 | 274 | 274 | Moscow 1977
            V.I. Lenin, The Collapse of the Second International, June 1915, Collected Works, Volume 21, Moscow 1977, pp213-4.          | 21 | 213 | 214 | Moscow 1977
            V.I. Lenin, The Dual Power, Collected Works, Volume 24, p39.                                                                  | 24 | 39  | 39  |
            V.I. Lenin, Report on the Current Situation, 24 April (7 May) 1917, Collected Works, Volume 24, Moscow 1964, p. 238. Georgi Plekhanov (1856-1918) was the pioneer of Marxism. | 24 | 238 | 238 | Moscow 1964
            """)
    void shouldReadANotesReferenceWithoutTheCommentAfterIt(String note, int volume, int first, int last, String edition) {
        Reference c = parser.note(note, 100, null);
        assertEquals(Reference.WORKS, c.source());
        assertEquals(volume, c.volume());
        assertEquals(List.of(new PageRange(first, last)), c.pages());
        assertEquals(edition, c.edition());
        assertTrue(c.leninsWritings());
        assertTrue(c.raw().endsWith(String.valueOf(last).substring(0, 1)) || c.raw().endsWith("."), c.raw());
        assertFalse(c.raw().contains("Plekhanov"));
        assertEquals(100, c.start());
        assertEquals(null, parser.note("V.I. Lenin, The Dual Power, Collected Works, Volume 24, p39.", 0, null).edition());
    }

    @Test
    void shouldReadTheTitleAReferenceNamesAfterItsAuthorAndRepeatItForOpCit() {
        Reference first = parser.note("V.I. Lenin, On Slogans, mid-July 1917, Collected Works, Volume 25, pp. 185-9.", 0, null);
        assertEquals("On Slogans", first.title());
        assertEquals("On Slogans", parser.note("Op. cit., p. 186.", 0, first).title());
        assertEquals(null, one("(Works, Vol. 26, p. 255.)").title());
    }

    @Test
    void shouldResolveOpCitToThePreviousNote() {
        Reference first = parser.note("V.I. Lenin, The Tasks of the Proletariat, Collected Works, Volume 24, p. 61.", 0, null);
        Reference opCit = parser.note("Op. cit., p. 68.", 90, first);
        assertTrue(opCit.ibid());
        assertEquals(24, opCit.volume());
        assertEquals(List.of(new PageRange(68, 68)), opCit.pages());
        assertTrue(opCit.leninsWritings());
        Reference ibid = parser.note("Ibid.", 120, opCit);
        assertEquals(List.of(new PageRange(68, 68)), ibid.pages());
    }

    @Test
    void shouldTellNotesThatCiteNothing() {
        assertEquals(null, parser.note("Germany declared unrestricted submarine warfare on 31 January 1917.", 0, null));
        assertEquals(null, parser.note("Cf. Ken Weller, Don't Be a Soldier!, London 1985.", 0, null));
        assertEquals(null, parser.note("Polemicising against Martov, Lenin was to write on this subject again: ‘Before 4 July "
                + "…’ [Author’s note] – V.I. Lenin, They Do Not See the Wood for the Trees, Collected Works, Volume 25, pp. 252-3.", 0, null));
    }

    @Test
    void shouldReadAnotherAuthorsBookAsTheirs() {
        Reference c = parser.note("L.D. Trotsky, Lenin, New York 1971, pp. 68-9", 0, null);
        assertEquals("L.D. Trotsky", c.author());
        assertEquals("Lenin", c.source());
        assertFalse(c.leninsWritings());
        assertEquals(List.of(new PageRange(68, 69)), c.pages());
    }
}

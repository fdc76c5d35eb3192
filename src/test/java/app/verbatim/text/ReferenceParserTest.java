package app.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}

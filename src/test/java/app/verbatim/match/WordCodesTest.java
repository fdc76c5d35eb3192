package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordCodesTest {

    private final WordCodes codes = new WordCodes(new String[] {"the", "peace", "of", "the", "peoples"});

    @Test
    void shouldGiveEqualWordsOneCodeAndOthersTheirOwn() {
        assertEquals(codes.at(0), codes.at(3));
        assertNotEquals(codes.at(0), codes.at(1));
        assertEquals(5, codes.size());
        assertTrue(codes.contains("peoples"));
        assertFalse(codes.contains("war"));
    }

    @Test
    void shouldCodeAStretchOfTheSubmissionFoundInThePassageAsTheSameString() {
        assertEquals(codes.region(1, 4), codes.encode(new String[] {"peace", "of", "the"}));
        assertEquals(2, codes.region(0, 5).indexOf(codes.encode(new String[] {"of", "the"})));
    }

    @Test
    void shouldCodeWordsThePassageLacksApartFromItsWordsAndFromEachOther() {
        String sub = codes.encode(new String[] {"war", "the", "bread", "war"});
        assertEquals(sub.charAt(0), sub.charAt(3), "one unknown word, one code");
        assertNotEquals(sub.charAt(0), sub.charAt(2));
        assertEquals(-1, codes.region(0, 5).indexOf(sub.charAt(0)));
        assertEquals(-1, codes.region(0, 5).indexOf(sub.charAt(2)));
        assertEquals(codes.at(0), sub.charAt(1));
    }
}

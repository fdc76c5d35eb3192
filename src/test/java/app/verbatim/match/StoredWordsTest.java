package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoredWordsTest {

    @Test
    void shouldLeaveTheMemoiristsEllipsesOut() {
        String text = "We shall now proceed … to construct the socialist order.";
        StoredWords words = StoredWords.of(text);
        assertArrayEquals(new String[] {"we", "shall", "now", "proceed", "to", "construct", "the", "socialist", "order"},
                words.norms());
        assertEquals(text.indexOf("to construct"), words.tokens().get(4).start(), "words keep their offsets in the text");
    }

    @Test
    void shouldKnowItsVocabularyByNorm() {
        StoredWords words = StoredWords.of("The Labour Government");
        assertTrue(words.contains("labor"), "British spelling is stored under the canonical norm");
        assertFalse(words.contains("party"));
    }

    @Test
    void shouldFindTheWordASubmittedTypoStandsFor() {
        StoredWords words = StoredWords.of("the proletarian revolution and the renegade Kautsky");
        assertEquals("revolution", words.typoTarget("revolutoin"));
        assertEquals("proletarian", words.typoTarget("proletrian"));
        assertEquals("renegade", words.typoTarget("renegades"));
    }

    @Test
    void shouldFindNoTypoTargetForOtherWordsNegationsOrShortWords() {
        StoredWords words = StoredWords.of("it is possible that war was near");
        assertNull(words.typoTarget("impossible"), "an antonym is never a typo");
        assertNull(words.typoTarget("wat"), "short words get no tolerance");
        assertNull(words.typoTarget("constituent"));
    }

    @Test
    void shouldReadAnEmptyOrWordlessTextAsEmpty() {
        assertTrue(StoredWords.of("").isEmpty());
        assertTrue(StoredWords.of("… — !").isEmpty());
    }
}

package app.verbatim.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import app.verbatim.match.PassageMatcher;
import app.verbatim.match.Shingles;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private static String norm(String s) {
        return TextNormaliser.normalise(s);
    }

    private static List<String> folded(String s) {
        return TextNormaliser.tokenize(s).stream().map(Token::folded).toList();
    }

    @Test
    void curlyAndStraightQuotesAndApostrophesFoldAlike() {
        assertEquals(norm("\"Probably we don't,\" he said"), norm("“Probably we don’t,” he said"));
        assertEquals(List.of("don't"), folded("don`t"));
    }

    @Test
    void possessiveApostropheStaysInsideTheWordButTrailingOneIsDropped() {
        assertEquals(List.of("kerensky's", "workers", "soldiers"), folded("Kerensky’s Workers,' Soldiers'"));
    }

    @Test
    void everyKindOfDashSeparatesWords() {
        String expected = "bourgeois democratic";
        assertEquals(expected, norm("bourgeois-democratic"));
        assertEquals(expected, norm("bourgeois—democratic"));
        assertEquals(expected, norm("bourgeois – democratic"));
        assertEquals(expected, norm("bourgeois -- democratic"));
    }

    @Test
    void caseAndSpacingAreIgnored() {
        assertEquals("peace must be secured from below", norm("  PEACE   Must be\tsecured from\nBELOW.  "));
    }

    @Test
    void nfkcFoldsCompatibilityCharacters() {
        assertEquals("official", norm("oﬃcial")); // ligature
        assertEquals("peace", norm("ＰＥＡＣＥ")); // full width
    }

    @Test
    void britishSpellingsCanonicaliseToAmerican() {
        assertEquals("labor favorite honorable color organization realized recognize center theater catalog defense program gray check analyze",
                norm("labour favourite honourable colour organisation realised recognise centre theatre catalogue defence programme grey cheque analyse"));
    }

    @Test
    void wordsThatMerelyEndInIseAreLeftAlone() {
        String words = "otherwise rise wise precise promise exercise advise surprise enterprise emphasis analysis";
        assertEquals(words, norm(words));
    }

    @Test
    void knownTranslationVariantsMergeButSynonymsDoNot() {
        assertEquals(norm("People's Commissars"), norm("People’s Commissaries"));
        assertEquals(norm("tsarism"), norm("czarism"));
        assertTrue(!norm("Soviet").equals(norm("Council")));
    }

    @Test
    void possessiveOfAVariantIsCanonicalisedToo() {
        assertEquals("labor's", norm("Labour's"));
    }

    @Test
    void everyEllipsisSpellingBecomesOneEllipsisToken() {
        for (String e : List.of("...", "…", ". . .", "[...]", "[…]", "....")) {
            List<Token> tokens = TextNormaliser.tokenize("above" + e + " We");
            assertEquals(3, tokens.size(), e);
            assertTrue(tokens.get(1).isEllipsis(), e);
            assertEquals(Token.ELLIPSIS, tokens.get(1).norm());
        }
    }

    @Test
    void singleAndDoubleDotsAreNotEllipses() {
        assertTrue(TextNormaliser.tokenize("Vol. 26, p. 282. S.-R.'s ..").stream().noneMatch(Token::isEllipsis));
    }

    @Test
    void offsetsPointIntoTheOriginalInput() {
        String text = "“Peace—must’ve, be…”";
        for (Token t : TextNormaliser.tokenize(text)) {
            assertEquals(t.surface(), text.substring(t.start(), t.end()));
        }
        Token must = TextNormaliser.tokenize(text).get(1);
        assertEquals("must’ve", must.surface());
        assertEquals("must've", must.folded());
    }

    @Test
    void nulEmojiRtlMarksAndLoneSurrogatesNeverThrowAndSeparateOrVanish() {
        String nasty = "peace\u0000must 😀 be\u200F se\u200Dcured \uD800 from\uDC00below \u202Eكلمة";
        List<Token> tokens = assertDoesNotThrow(() -> TextNormaliser.tokenize(nasty));
        assertEquals(List.of("peace", "must", "be", "secured", "from", "below", "كلمة"),
                tokens.stream().map(Token::folded).toList());
        for (Token t : tokens) {
            assertEquals(t.surface(), nasty.substring(t.start(), t.end()));
        }
    }

    @Test
    void combiningMarksStayWithTheirLetterAndAStrayMarkIsHarmless() {
        assertEquals(List.of("café"), folded("cafe\u0301"));
        assertDoesNotThrow(() -> TextNormaliser.tokenize("\u0301\u0301 ...\u0301 [ ] ["));
    }

    @Test
    void randomUtf16GarbageNeverThrowsAndOffsetsStayConsistent() {
        java.util.Random random = new java.util.Random(42);
        PassageMatcher matcher = new PassageMatcher();
        String alphabet = "ab .…'’-—\"“”[]\u0000\u0301\u200F\uD800\uDC00\uFB03é😀 ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(0x10000));
            }
            String s = text.toString();
            for (Token t : assertDoesNotThrow(() -> TextNormaliser.tokenize(s))) {
                assertEquals(t.surface(), s.substring(t.start(), t.end()));
            }
            assertDoesNotThrow(() -> Shingles.of(TextNormaliser.tokenize(s)));
            assertDoesNotThrow(() -> matcher.match(s, "ab ab … a b " + s));
        }
    }

    @Test
    void nullAndEmptyInputGiveNoTokens() {
        assertEquals(List.of(), TextNormaliser.tokenize(null));
        assertEquals("", TextNormaliser.normalise(""));
    }
}

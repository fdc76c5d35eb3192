package app.verbatim.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class TypoToleranceTest {

    @Test
    void shouldTakeSlipsOfTheFingersForTheSameWord() {
        assertTrue(TypoTolerance.isTypo("recieve", "receive"));
        assertTrue(TypoTolerance.isTypo("revolutoin", "revolution"));
        assertTrue(TypoTolerance.isTypo("proletriat", "proletariat"));
        assertTrue(TypoTolerance.isTypo("bourgeosie", "bourgeoisie"));
    }

    @Test
    void shouldKeepShortWordsNumbersAndOppositesApart() {
        assertFalse(TypoTolerance.isTypo("war", "was"));
        assertFalse(TypoTolerance.isTypo("1917", "1918"));
        assertFalse(TypoTolerance.isTypo("possible", "impossible"));
        assertFalse(TypoTolerance.isTypo("workers", "peasants"));
    }

    /**
     * The letter-count test before Levenshtein only saves work: it turns away pairs further apart, and never a pair
     * within the edits allowed (a transposition included, which changes no count).
     */
    @Test
    void shouldTurnAwayByLetterCountsOnlyPairsOutOfReach() {
        assertFalse(TypoTolerance.lettersWithin("workers", "peasants", 2));
        assertTrue(TypoTolerance.lettersWithin("recieve", "receive", 1));
        LevenshteinDistance distance = new LevenshteinDistance();
        Random random = new Random(11);
        String letters = "aeioustrnlcdpbmé";
        int turnedAway = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder a = new StringBuilder();
            int length = 3 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                a.append(letters.charAt(random.nextInt(letters.length())));
            }
            StringBuilder b = new StringBuilder(a);
            for (int edits = random.nextInt(4); edits > 0 && b.length() > 1; edits--) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, letters.charAt(random.nextInt(letters.length())));
                    case 2 -> b.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                    default -> {
                        if (at + 1 < b.length()) {
                            char c = b.charAt(at);
                            b.setCharAt(at, b.charAt(at + 1));
                            b.setCharAt(at + 1, c);
                        }
                    }
                }
            }
            int allowed = 1 + random.nextInt(2);
            boolean within = distance.apply(a, b) <= allowed;
            boolean passes = TypoTolerance.lettersWithin(a.toString(), b.toString(), allowed);
            if (within) {
                assertTrue(passes, a + " / " + b + " are " + distance.apply(a, b) + " edits apart");
            }
            turnedAway += passes ? 0 : 1;
        }
        assertTrue(turnedAway > 2_000, "the letter counts turned away only " + turnedAway + " of 50,000 pairs");
    }
}

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

    /** The letter-count test before Levenshtein only saves work: it never turns away a pair within reach. */
    @Test
    void shouldJudgeAsLevenshteinAloneDoes() {
        Random random = new Random(11);
        String letters = "aeioustrnlcdpbmé";
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
            assertEquals(byLevenshtein(a.toString(), b.toString()), TypoTolerance.isTypo(a.toString(), b.toString()),
                    a + " / " + b);
        }
    }

    /** The rule as it reads without the letter counts. */
    private static boolean byLevenshtein(String submitted, String stored) {
        if (submitted.equals(stored)) {
            return false;
        }
        int shorter = Math.min(submitted.length(), stored.length());
        int allowed = shorter >= 8 ? 2 : 1;
        if (shorter < 4 || Math.abs(submitted.length() - stored.length()) > allowed) {
            return false;
        }
        int distance = new LevenshteinDistance(2).apply(submitted, stored);
        boolean transposed = false;
        if (submitted.length() == stored.length() && shorter >= 5) {
            int first = 0;
            while (submitted.charAt(first) == stored.charAt(first)) {
                first++;
            }
            transposed = first + 1 < submitted.length() && submitted.charAt(first) == stored.charAt(first + 1)
                    && submitted.charAt(first + 1) == stored.charAt(first)
                    && submitted.substring(first + 2).equals(stored.substring(first + 2));
        }
        boolean close = (distance >= 0 && distance <= allowed) || transposed;
        return close && Negations.isNegation(submitted) == Negations.isNegation(stored)
                && !Negations.areOpposites(submitted, stored);
    }
}

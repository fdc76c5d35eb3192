package app.verbatim.match;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two different words are the same word mistyped. Short words get no tolerance
 * ("war"/"was" are different words); numbers get none (1917 is not 1918); a negation or an
 * antonym is never a typo ("ever"/"never", "possible"/"impossible" are one or two edits apart).
 */
final class TypoTolerance {

    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);

    private TypoTolerance() {
    }

    static boolean isTypo(String submitted, String stored) {
        return isTypo(submitted, stored, COUNTS.get());
    }

    /**
     * The first of {@code stored} that {@code submitted} is a typo of, or null. The letter counts are fetched once
     * for all of them: a lookup asks about thousands of pairs, and probing the thread's map of locals for each pair
     * was about a quarter of the typo search's samples in a profile under load.
     */
    static String firstTypo(String submitted, String[] stored) {
        int[] counts = COUNTS.get();
        for (String candidate : stored) {
            if (isTypo(submitted, candidate, counts)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isTypo(String submitted, String stored, int[] counts) {
        if (submitted.equals(stored)) {
            return false;
        }
        int shorter = Math.min(submitted.length(), stored.length());
        int allowed = shorter >= 8 ? 2 : 1;
        // The length test first: it turns away almost every pair, and it is asked for every pair of
        // an unmatched submitted word and a stored word.
        if (shorter < 4 || Math.abs(submitted.length() - stored.length()) > allowed) {
            return false;
        }
        if (!lettersWithin(submitted, stored, allowed, counts)) {
            return false;
        }
        int distance = WITHIN_TWO.apply(submitted, stored); // -1 when over the threshold
        // "recieve" for "receive": one slip of the fingers, though Levenshtein counts two edits
        boolean close = (distance >= 0 && distance <= allowed)
                || (shorter >= 5 && isAdjacentTransposition(submitted, stored));
        if (!close || hasDigit(submitted) || hasDigit(stored)) {
            return false;
        }
        return Negations.isNegation(submitted) == Negations.isNegation(stored)
                && !Negations.areOpposites(submitted, stored);
    }

    /** Per thread: letter counts, all zero between calls. */
    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[128]);

    /**
     * Whether the two words' letters could be {@code edits} edits apart: an edit changes the counts of at most two
     * letters by one, so words whose counts differ by more than twice the edits are further apart (a transposition
     * changes no count). Turns away most pairs of near length before Levenshtein, which allocates its rows on
     * every call (a fifth of what a lookup allocated). Letters are counted modulo 128: two letters sharing a
     * count only make the words look closer, never further.
     */
    static boolean lettersWithin(String a, String b, int edits) {
        return lettersWithin(a, b, edits, COUNTS.get());
    }

    /** @param counts all zero, and left so */
    private static boolean lettersWithin(String a, String b, int edits, int[] counts) {
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i) & 127]++;
        }
        for (int i = 0; i < b.length(); i++) {
            counts[b.charAt(i) & 127]--;
        }
        int differ = 0;
        for (int i = 0; i < a.length(); i++) {
            differ += Math.abs(counts[a.charAt(i) & 127]);
            counts[a.charAt(i) & 127] = 0;
        }
        for (int i = 0; i < b.length(); i++) {
            differ += Math.abs(counts[b.charAt(i) & 127]);
            counts[b.charAt(i) & 127] = 0;
        }
        return differ <= 2 * edits;
    }

    private static boolean isAdjacentTransposition(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = i;
                break;
            }
        }
        return first >= 0 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }
}

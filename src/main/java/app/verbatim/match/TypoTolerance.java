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

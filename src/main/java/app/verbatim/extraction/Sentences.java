package app.verbatim.extraction;

import java.util.Set;

/** Sentence boundaries that survive initials ("N. P Gorbunov") and "Vol."/"pp." abbreviations. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "vol", "vols", "pp", "p", "no", "nos", "st", "mr", "mrs", "dr", "cf", "ibid", "jan", "feb", "aug",
            "sept", "oct", "nov", "dec", "gen", "col", "ch", "fig", "ed", "trans");

    private Sentences() {}

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** True when a sentence ends at index i (a terminator followed by space and a new sentence). */
    static boolean endsAt(String t, int i) {
        if (!isTerminator(t.charAt(i))) return false;
        int j = i + 1;
        while (j < t.length() && "\"”’')]".indexOf(t.charAt(j)) >= 0) j++;
        if (j >= t.length() || t.charAt(j) == '\n') return true;
        if (!Character.isWhitespace(t.charAt(j))) return false;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) j++;
        if (j >= t.length() || t.charAt(j) == '\n') return true;
        char n = t.charAt(j);
        if (!(Character.isUpperCase(n) || "\"“‘'(".indexOf(n) >= 0 || Character.isDigit(n))) return false;
        if (t.charAt(i) == '.') {
            int k = i;
            while (k > 0 && Character.isLetter(t.charAt(k - 1))) k--;
            String word = t.substring(k, i);
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
            if (ABBREVIATIONS.contains(word.toLowerCase())) return false;
        }
        return true;
    }

    /** Start of the sentence containing pos, never before floor; paragraph breaks also end sentences. */
    static int startOf(String t, int pos, int floor) {
        for (int i = pos - 1; i >= floor; i--) {
            char c = t.charAt(i);
            if (c == '\n') return skipSpace(t, i + 1, pos);
            if (isTerminator(c) && endsAt(t, i)) {
                int j = i + 1;
                while (j < pos && "\"”’')]".indexOf(t.charAt(j)) >= 0) j++;
                if (j >= pos || Character.isWhitespace(t.charAt(j))) {
                    return skipSpace(t, j, pos);
                }
            }
        }
        return floor;
    }

    /** End (exclusive) of the sentence that starts at or contains pos, never past limit. */
    static int endOf(String t, int pos, int limit) {
        for (int i = pos; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '\n') return i;
            if (isTerminator(c) && endsAt(t, i)) {
                int j = i + 1;
                while (j < limit && "\"”’')]".indexOf(t.charAt(j)) >= 0) j++;
                return j;
            }
        }
        return limit;
    }

    private static int skipSpace(String t, int i, int limit) {
        while (i < limit && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }
}

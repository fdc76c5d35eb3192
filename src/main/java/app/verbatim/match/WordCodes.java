package app.verbatim.match;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of a stored passage as characters, one per distinct word key, so that word sequences
 * compare as strings: {@link WordAlignment} finds a verbatim stretch with {@code indexOf} and diffs
 * anything else with Commons Text's Myers diff over characters. Built once per stored passage (held
 * by {@link StoredWords}): coding the same words again for every diff was a fifth of a lookup's CPU.
 * Immutable.
 */
final class WordCodes {

    private static final int FIRST_PRIVATE_USE = 0xE000;
    /*
     * U+E000..U+F8FF, then U+0100..U+D7FF: 61,440 codes below the surrogate range, more than the
     * distinct words of a passage and a submission together (each truncated to StoredWords.MAX_WORDS).
     */
    private static final int PRIVATE_USE_SIZE = 0x1900;

    private final Map<String, Character> codes = new HashMap<>();
    private final char[] text;

    WordCodes(String[] keys) {
        text = new char[keys.length];
        for (int i = 0; i < keys.length; i++) {
            text[i] = codes.computeIfAbsent(keys[i], k -> code(codes.size()));
        }
    }

    int size() {
        return text.length;
    }

    boolean contains(String key) {
        return codes.containsKey(key);
    }

    /** The code of stored word {@code i}: two stored words have one code exactly when their keys are equal. */
    char at(int i) {
        return text[i];
    }

    /** Stored words [from, to) as a string of their codes. */
    String region(int from, int to) {
        return String.valueOf(text, from, to - from);
    }

    /**
     * Other keys (a submission's) in the same code: a key the passage has gets the passage's code,
     * any other a code of its own that no stored word has.
     */
    String encode(String[] keys) {
        Map<String, Character> unknown = new HashMap<>();
        char[] out = new char[keys.length];
        for (int k = 0; k < keys.length; k++) {
            Character c = codes.get(keys[k]);
            out[k] = c != null ? c : unknown.computeIfAbsent(keys[k], key -> code(codes.size() + unknown.size()));
        }
        return String.valueOf(out);
    }

    private static char code(int n) {
        return (char) (n < PRIVATE_USE_SIZE ? FIRST_PRIVATE_USE + n : 0x0100 + n - PRIVATE_USE_SIZE);
    }
}

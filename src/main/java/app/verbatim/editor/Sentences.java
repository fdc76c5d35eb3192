package app.verbatim.editor;

import java.util.Locale;
import java.util.Set;

/**
 * Finds sentence boundaries well enough for attribution and for LanguageTool's {@code sentence} field.
 * Scans are bounded so a draft without punctuation cannot make the finder quadratic.
 */
final class Sentences {

    /** No sentence the finder cares about is longer; past this we give up looking for its edge. */
    static final int MAX_SCAN = 1000;

    /** Abbreviations common in citations and prose whose period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "vol", "vols", "p", "pp", "cf", "e.g", "i.e", "eg", "ie", "etc", "mr", "mrs", "ms", "dr", "st",
            "no", "nos", "ed", "eds", "trans", "tr", "ch", "chap", "fig", "op", "cit", "ibid", "viz", "vs",
            "comp", "jr", "sr", "prof", "gen", "col", "lt", "capt", "rev");

    private Sentences() {
    }

    /** Closing marks that may stand between a sentence's final stop and the space after it. */
    static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']';
    }

    /** Whether the {@code .}, {@code !} or {@code ?} at {@code i} ends a sentence. */
    static boolean endsSentenceAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != '…') {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && isCloser(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Words.isSpace(text.charAt(next))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int after = next;
        while (after < text.length() && Words.isSpace(text.charAt(after))) {
            after++;
        }
        // "p. 255", "Vol. 26", "cf. his letter": what follows a real stop starts with a capital or a mark
        if (after < text.length()) {
            char following = text.charAt(after);
            if (Character.isLowerCase(following) || Character.isDigit(following)) {
                return false;
            }
        }
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.subSequence(wordStart, i).toString();
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial, as in "V. I. Lenin"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A blank line: the newline at {@code i} is preceded, across spaces, by another newline. */
    static boolean isParagraphBreakAt(CharSequence text, int i) {
        if (text.charAt(i) != '\n') {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return false;
    }

    /** Start of the sentence containing {@code pos}, leading whitespace skipped. */
    static int startOf(CharSequence text, int pos) {
        int limit = Math.max(0, pos - MAX_SCAN);
        int start = limit;
        for (int i = Math.min(pos, text.length()) - 1; i >= limit; i--) {
            if (isParagraphBreakAt(text, i)) {
                start = i + 1;
                break;
            }
            if (endsSentenceAt(text, i)) {
                start = i + 1;
                while (start < text.length() && isCloser(text.charAt(start))) {
                    start++;
                }
                break;
            }
        }
        while (start < pos && Words.isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Start of the sentence before the one that starts at {@code sentenceStart}, or -1 at the text's start. */
    static int previousStart(CharSequence text, int sentenceStart) {
        int i = sentenceStart;
        while (i > 0 && Words.isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return -1;
        }
        // step back over the previous sentence's final stop and closing marks so startOf lands inside it
        int inside = i - 1;
        while (inside > 0 && (isCloser(text.charAt(inside)) || endsSentenceAt(text, inside))) {
            inside--;
        }
        return startOf(text, inside + 1);
    }

    /** End (exclusive) of the sentence containing {@code pos}: after its stop and any closing marks. */
    static int endOf(CharSequence text, int pos) {
        int limit = Math.min(text.length(), pos + MAX_SCAN);
        for (int i = pos; i < limit; i++) {
            if (text.charAt(i) == '\n' && blankLineFollows(text, i)) {
                return trimEnd(text, pos, i);
            }
            if (endsSentenceAt(text, i)) {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return trimEnd(text, pos, limit);
    }

    /** The line after the newline at {@code i} holds only spaces, so a paragraph ends here. */
    static boolean blankLineFollows(CharSequence text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(CharSequence text, int from, int end) {
        while (end > from && Words.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The sentence(s) around [start, end), trimmed, as LanguageTool reports a match's sentence. */
    static String around(String text, int start, int end) {
        int from = startOf(text, start);
        int to = Math.max(endOf(text, Math.max(start, end - 1)), end);
        return text.substring(Math.min(from, start), Math.min(to, text.length())).trim();
    }
}

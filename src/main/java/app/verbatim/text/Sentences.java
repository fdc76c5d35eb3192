package app.verbatim.text;

import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries for attribution, narration and LanguageTool's {@code sentence} field: the one splitter
 * memoir extraction and the draft check share. It survives initials ("N. P. Gorbunov"), citations
 * ("Vol. 26, p. 255") and a tag after a cry ({@code "Stop!" he said}). The two front-ends differ only in
 * what ends a paragraph: a memoir has one paragraph per line, a draft wraps its lines and leaves a blank
 * line between paragraphs. Scans are bounded, so text without punctuation cannot make a caller quadratic.
 */
public final class Sentences {

    /** A memoir: every line is a paragraph. */
    public static final Sentences LINE_PARAGRAPHS = new Sentences(false);
    /** A draft: lines wrap; a blank line ends a paragraph. */
    public static final Sentences BLANK_LINE_PARAGRAPHS = new Sentences(true);

    /** No sentence anyone cares about is longer; past this we give up looking for its edge. */
    public static final int MAX_SCAN = 1000;

    /** Abbreviations in citations and prose whose period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "vol", "vols", "p", "pp", "cf", "e.g", "i.e", "eg", "ie", "etc", "mr", "mrs", "ms", "dr", "st",
            "no", "nos", "ed", "eds", "trans", "tr", "ch", "chap", "fig", "op", "cit", "ibid", "viz", "vs",
            "comp", "jr", "sr", "prof", "gen", "col", "lt", "capt", "rev", "jan", "feb", "aug", "sept", "oct",
            "nov", "dec");

    private final boolean blankLineParagraphs;

    private Sentences(boolean blankLineParagraphs) {
        this.blankLineParagraphs = blankLineParagraphs;
    }

    public static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Closing marks that may stand between a sentence's final stop and the space after it. */
    public static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']';
    }

    /** Whether the terminator at {@code i} ends a sentence: what follows it starts a new one. */
    public static boolean endsAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (!isTerminator(c)) {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && isCloser(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        if (!Words.isSpace(text.charAt(next))) {
            return false;
        }
        int after = next;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t'
                || text.charAt(after) == '\u00A0')) {
            after++;
        }
        if (after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r') {
            return true;
        }
        char following = text.charAt(after);
        // "p. 255", "Vol. 26": after a period a number continues the citation; after "!" it may start a sentence
        boolean starts = Character.isUpperCase(following) || "\"“‘'(«[".indexOf(following) >= 0
                || (c != '.' && Character.isDigit(following));
        if (!starts) {
            return false; // a tag goes on ("Stop!" he said) or a lower-case word continues the sentence
        }
        if (c != '.') {
            return true;
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

    /** Whether a paragraph ends at the newline at {@code i}. */
    public boolean paragraphEndsAt(CharSequence text, int i) {
        return text.charAt(i) == '\n' && (!blankLineParagraphs || blankLineFollows(text, i) || blankLineBefore(text, i));
    }

    /** Start of the sentence containing {@code pos}, never before {@code floor}, leading whitespace skipped. */
    public int startOf(CharSequence text, int pos, int floor) {
        int limit = Math.max(Math.max(0, floor), pos - MAX_SCAN);
        int start = limit;
        for (int i = Math.min(pos, text.length()) - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n' && paragraphEndsAt(text, i)) {
                start = i + 1;
                break;
            }
            if (endsAt(text, i)) {
                start = i + 1;
                while (start < pos && isCloser(text.charAt(start))) {
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

    public int startOf(CharSequence text, int pos) {
        return startOf(text, pos, 0);
    }

    /** Start of the sentence before the one that starts at {@code sentenceStart}, or -1 at the text's start. */
    public int previousStart(CharSequence text, int sentenceStart) {
        int i = sentenceStart;
        while (i > 0 && Words.isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return -1;
        }
        // step back over the previous sentence's final stop and closing marks so startOf lands inside it
        int inside = i - 1;
        while (inside > 0 && (isCloser(text.charAt(inside)) || endsAt(text, inside))) {
            inside--;
        }
        return startOf(text, inside + 1);
    }

    /** End (exclusive) of the sentence that starts at or contains {@code pos}: after its stop and closing marks. */
    public int endOf(CharSequence text, int pos, int limit) {
        int bound = Math.min(Math.min(text.length(), limit), pos + MAX_SCAN);
        for (int i = pos; i < bound; i++) {
            if (text.charAt(i) == '\n' && paragraphEndsAt(text, i)) {
                return trimEnd(text, pos, i);
            }
            if (endsAt(text, i)) {
                int end = i + 1;
                while (end < bound && isCloser(text.charAt(end))) {
                    end++;
                }
                return end;
            }
        }
        return trimEnd(text, pos, bound);
    }

    public int endOf(CharSequence text, int pos) {
        return endOf(text, pos, text.length());
    }

    /** The sentence(s) around [start, end), trimmed, as LanguageTool reports a match's sentence. */
    public String around(String text, int start, int end) {
        int from = startOf(text, start);
        int to = Math.max(endOf(text, Math.max(start, end - 1)), end);
        return text.substring(Math.min(from, start), Math.min(to, text.length())).trim();
    }

    /** The line after the newline at {@code i} holds only spaces, so a paragraph ends here. */
    public static boolean blankLineFollows(CharSequence text, int i) {
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

    private static boolean blankLineBefore(CharSequence text, int i) {
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

    private static int trimEnd(CharSequence text, int from, int end) {
        while (end > from && Words.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}

package app.verbatim.editor;

import java.util.ArrayList;
import java.util.List;

import app.verbatim.text.QuoteShape;
import app.verbatim.text.Sentences;
import app.verbatim.text.Words;

/**
 * Pairs quotation marks in one left-to-right pass. Each search for a closing mark stops at the next opening mark of
 * the same kind, at a blank line or after {@link #MAX_QUOTATION} characters, so an unbalanced mark costs at most one
 * bounded look-ahead and never swallows the rest of the draft.
 */
final class QuoteMarkScanner {

    /** Longer than any quotation a writer runs inline; past this an opening mark is taken to be unbalanced. */
    static final int MAX_QUOTATION = 2000;

    /** Single curly quotes share their closing mark with the apostrophe, so they must carry more words to count. */
    static final int MIN_WORDS_SINGLE = 4;

    /**
     * @param blocks block quotations already found, sorted; marks inside them belong to them and a mark outside one
     *               never pairs with a mark inside it
     */
    List<Candidate> scan(String draft, List<Candidate> blocks) {
        List<Candidate> found = new ArrayList<>();
        int n = draft.length();
        int nextBlock = 0;
        int i = 0;
        while (i < n) {
            while (nextBlock < blocks.size() && blocks.get(nextBlock).outerEnd() <= i) {
                nextBlock++;
            }
            int barrier = n;
            if (nextBlock < blocks.size()) {
                Candidate block = blocks.get(nextBlock);
                if (block.outerStart() <= i) {
                    i = block.outerEnd();
                    continue;
                }
                barrier = block.outerStart();
            }
            int limit = Math.min(barrier, i + 1 + MAX_QUOTATION);
            char c = draft.charAt(i);
            int close = -1;
            Form form = null;
            int minWords = 1; // whether a few words are a scare quote is decided once attributed (QuoteShape)
            switch (c) {
                case '"' -> {
                    if (opensStraight(draft, i)) {
                        close = straightClose(draft, i + 1, limit);
                        form = Form.STRAIGHT;
                    }
                }
                case '“' -> {
                    close = pairedClose(draft, i + 1, limit, '“', '”');
                    form = Form.CURLY;
                }
                case '«' -> {
                    close = nestedClose(draft, i + 1, limit, '«', '»');
                    form = Form.GUILLEMETS;
                }
                case '»' -> {
                    if (opensGerman(draft, i)) {
                        close = nestedClose(draft, i + 1, limit, '»', '«');
                        form = Form.GUILLEMETS;
                    }
                }
                case '‘' -> {
                    if (opensSingle(draft, i)) {
                        close = singleClose(draft, i + 1, limit);
                        form = Form.CURLY;
                        minWords = MIN_WORDS_SINGLE;
                    }
                }
                default -> {
                }
            }
            if (close < 0) {
                i++;
                continue;
            }
            Candidate quotation = candidate(draft, i, close, form, minWords);
            if (quotation != null) {
                found.add(quotation);
                i = close + 1;
            } else if (c == '‘') {
                // a rejected single quote may have been apostrophes; double quotes inside it are still quotations
                i++;
            } else {
                i = close + 1; // a scare quote: its words are nobody's quotation
            }
        }
        return found;
    }

    private static Candidate candidate(String draft, int open, int close, Form form, int minWords) {
        int start = open + 1;
        int end = close;
        while (start < end && Words.isSpace(draft.charAt(start))) {
            start++;
        }
        while (end > start && Words.isSpace(draft.charAt(end - 1))) {
            end--;
        }
        if (Words.count(draft, start, end) < minWords || QuoteShape.isTitle(draft.substring(start, end))) {
            return null;
        }
        return new Candidate(start, end, open, close + 1, form, draft.substring(start, end));
    }

    private static boolean stopsAt(String draft, int j) {
        return draft.charAt(j) == '\n' && Sentences.blankLineFollows(draft, j);
    }

    /** A straight quote opens when a word follows it and no word runs into it ({@code 5"} is inches). */
    private static boolean opensStraight(String draft, int i) {
        boolean wordFollows = i + 1 < draft.length() && !Words.isSpace(draft.charAt(i + 1));
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(draft.charAt(i - 1));
        return wordFollows && !wordBefore;
    }

    private static int straightClose(String draft, int from, int limit) {
        for (int j = from; j < limit; j++) {
            if (draft.charAt(j) == '"') {
                boolean spaceBefore = Words.isSpace(draft.charAt(j - 1));
                boolean wordAfter = j + 1 < draft.length() && Character.isLetterOrDigit(draft.charAt(j + 1));
                // ` "next` looks like the next opening: the first mark was unbalanced, resynchronise there
                return spaceBefore && wordAfter ? -1 : j;
            }
            if (stopsAt(draft, j)) {
                return -1;
            }
        }
        return -1;
    }

    private static int pairedClose(String draft, int from, int limit, char open, char close) {
        for (int j = from; j < limit; j++) {
            char c = draft.charAt(j);
            if (c == close) {
                return j;
            }
            if (c == open || stopsAt(draft, j)) {
                return -1;
            }
        }
        return -1;
    }

    /** Guillemets nest in Russian and French typography: «… «…» …». */
    private static int nestedClose(String draft, int from, int limit, char open, char close) {
        int depth = 0;
        for (int j = from; j < limit; j++) {
            char c = draft.charAt(j);
            if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth == 0) {
                    return j;
                }
                depth--;
            } else if (stopsAt(draft, j)) {
                return -1;
            }
        }
        return -1;
    }

    /** German »…«: a » that starts a word after a space; a French closing » has been consumed by then. */
    private static boolean opensGerman(String draft, int i) {
        boolean wordFollows = i + 1 < draft.length() && Character.isLetterOrDigit(draft.charAt(i + 1));
        return wordFollows && (i == 0 || !Character.isLetterOrDigit(draft.charAt(i - 1)));
    }

    private static boolean opensSingle(String draft, int i) {
        boolean wordFollows = i + 1 < draft.length() && !Words.isSpace(draft.charAt(i + 1));
        return wordFollows && (i == 0 || !Character.isLetterOrDigit(draft.charAt(i - 1)));
    }

    /**
     * The closing ’ is the one not followed by a letter: in "Lenin’s" and "don’t" the mark is an apostrophe.
     * "the workers’ state" looks like a plural possessive, so it closes the quotation only when nothing better does
     * ("‘we must learn, comrades’ became a slogan").
     */
    private static int singleClose(String draft, int from, int limit) {
        int possessive = -1;
        for (int j = from; j < limit; j++) {
            char c = draft.charAt(j);
            if (c == '’') {
                boolean letterAfter = j + 1 < draft.length() && Character.isLetterOrDigit(draft.charAt(j + 1));
                boolean spaceBefore = Words.isSpace(draft.charAt(j - 1));
                if (!letterAfter && !spaceBefore) {
                    if (!pluralPossessive(draft, j)) {
                        return j;
                    }
                    if (possessive < 0) {
                        possessive = j;
                    }
                }
            } else if (c == '‘' || stopsAt(draft, j)) {
                return possessive;
            }
        }
        return possessive;
    }

    private static boolean pluralPossessive(String draft, int j) {
        if (draft.charAt(j - 1) != 's' || j + 2 >= draft.length() || draft.charAt(j + 1) != ' ') {
            return false;
        }
        return Character.isLowerCase(draft.charAt(j + 2));
    }
}

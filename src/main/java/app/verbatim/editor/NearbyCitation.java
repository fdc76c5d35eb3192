package app.verbatim.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.Sentences;
import app.verbatim.text.Words;

/**
 * Decides whether a draft already cites a quotation: a reference to Lenin's Works or a footnote marker right
 * after the quoted words, before the sentence after them begins.
 */
public final class NearbyCitation {

    /** How far after the quotation a citation may start: room for a closing mark, "— V. I. Lenin, " and the like. */
    static final int WINDOW = 160;

    private static final Pattern CITATION = Pattern.compile(
            "\\(\\s*(?:[^()]{0,60}?,\\s*)?(?:Collected\\s+)?Works,?\\s+Vol\\."
                    + "|Collected\\s+Works"
                    + "|\\bWorks,\\s+Vol\\.\\s*\\d+"
                    + "|\\bVol\\.\\s*\\d+\\s*,\\s*pp?\\.\\s*\\d+"
                    + "|\\[\\^[^\\]\\s]{1,20}\\]"
                    + "|\\\\(?:footnote|cite[a-z]*)\\{");

    private NearbyCitation() {
    }

    /** Whether {@code text} cites the quotation that ends (exclusively) at {@code quotationEnd}. */
    public static boolean follows(String text, int quotationEnd) {
        if (text == null || quotationEnd < 0 || quotationEnd >= text.length()) {
            return false;
        }
        int limit = Math.min(text.length(), quotationEnd + WINDOW);
        Matcher m = CITATION.matcher(text);
        m.region(quotationEnd, limit);
        if (!m.find()) {
            return false;
        }
        // the citation must belong to this quotation, not to the next sentence or paragraph; the quoted words
        // may themselves end the sentence ("…to trade." Then …), so the scan starts at their last character
        for (int i = Math.max(0, quotationEnd - 1); i < m.start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && Sentences.blankLineFollows(text, i)) {
                return false;
            }
            if (Sentences.endsAt(text, i) && startsNewSentence(text, i)) {
                return false;
            }
        }
        return true;
    }

    /** A stop followed by a capitalised word, rather than by "(Works…", "[^1]" or the end of a block line. */
    private static boolean startsNewSentence(String text, int stop) {
        int j = stop + 1;
        while (j < text.length() && (Sentences.isCloser(text.charAt(j)) || Words.isSpace(text.charAt(j))
                || text.charAt(j) == '>')) {
            j++;
        }
        return j < text.length() && Character.isUpperCase(text.charAt(j))
                && !(text.startsWith("Works", j) || text.startsWith("Collected", j) || text.startsWith("Vol.", j));
    }
}

package app.verbatim.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What words in quotation marks look like before anyone asks who said them: a scare quote (we "took power"),
 * a title ("The State and Revolution") or a quotation. Memoir extraction and the draft check ask the same
 * questions with the same thresholds; each decides for itself what counts as a speech cue.
 */
public final class QuoteShape {

    /**
     * Without a speech cue (a colon, "he said", a speaker named at the marks), this many words or fewer in
     * quotation marks are a scare quote, a slogan or a name rather than somebody's words.
     */
    public static final int SCARE_QUOTE_MAX_WORDS = 3;

    /** Titles of Lenin's articles run long: "Those Scared by the Collapse of the Old and Those Fighting for the New". */
    public static final int TITLE_MAX_WORDS = 16;

    /** Short words that stay lower-case in a title: "The State and Revolution". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of", "on", "or",
            "the", "to", "with", "its", "after", "over", "under", "versus", "vs", "de", "du", "la", "le");

    private QuoteShape() {
    }

    /** Too few words to be anyone's words, unless a speech cue says they are. */
    public static boolean isScareQuote(int words, boolean speechCue) {
        return words == 0 || (!speechCue && words <= SCARE_QUOTE_MAX_WORDS);
    }

    /**
     * A title rather than a sentence: two to {@link #TITLE_MAX_WORDS} words, no stop or semicolon inside, every
     * word capitalised but the small ones. Quoted sentences start with a capital but do not capitalise their nouns.
     */
    public static boolean isTitle(String quoted) {
        String inner = quoted.strip();
        // two sentences are no title: "Geese? Veal?" is a question asked twice
        if (inner.isEmpty() || inner.indexOf('\n') >= 0 || inner.indexOf(';') >= 0 || inner.indexOf(". ") >= 0
                || inner.indexOf("? ") >= 0 || inner.indexOf("! ") >= 0) {
            return false;
        }
        List<String> words = Words.of(inner);
        // one capitalised word is a name or a cry, not a title: whether it is someone's words is the cue's to say
        return words.size() >= 2 && isTitleCase(words);
    }

    /** Every content word capitalised ("Reply to Peasants' Questions"), within a title's length. */
    public static boolean isTitleCase(List<String> words) {
        if (words.isEmpty() || words.size() > TITLE_MAX_WORDS) {
            return false;
        }
        if (!startsUpperOrDigit(words.get(0))) {
            return false;
        }
        for (String w : words) {
            boolean small = TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isLowerCase(w.charAt(0));
            if (!small && !startsUpperOrDigit(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsUpperOrDigit(String word) {
        return Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
    }
}

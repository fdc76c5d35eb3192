package app.verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words as the quotation finders count them: runs of letters or digits, with apostrophes and hyphens inside
 * a run ("Lenin’s", "counter-revolution") not splitting it. Matching has its own tokeniser
 * ({@link TextNormaliser}), which also folds case, spelling and punctuation.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");

    private Words() {
    }

    /** The words of {@code text}, as written. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** How many words stand in [from, to); linear and allocation-free, for long drafts. */
    public static int count(CharSequence text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || (inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1)));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }

    public static int count(CharSequence text) {
        return count(text, 0, text.length());
    }

    /** Collapses every run of whitespace to one space, so wrapped lines read as one passage. */
    public static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace including the no-break spaces French typography puts inside guillemets. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}

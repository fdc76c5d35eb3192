package app.verbatim.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one normalisation used at import and at lookup, so that stored passages, their shingles and
 * user submissions are always compared in the same terms.
 *
 * <p>Rules:
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks. An apostrophe (' ’ ‘ ʼ ′ `) between
 *       two word characters stays inside the word ("don't", "Kerensky's"); leading and trailing
 *       apostrophes are quotation marks or plural possessives and are dropped ("Workers'" = "workers").</li>
 *   <li>Every dash or hyphen separates words: "bourgeois-democratic", "simple—we" and "joke–this"
 *       give two words each, whatever dash the typist used.</li>
 *   <li>Format characters (RTL marks, zero-width joiners, soft hyphens) inside a word are ignored;
 *       everything else that is not a word character (punctuation, quotes, emoji, NUL, lone
 *       surrogates) separates words. Nothing throws.</li>
 *   <li>{@code folded} = NFKC, lower case (Locale.ROOT), apostrophes unified to '.</li>
 *   <li>{@code norm} = {@code folded} with British spellings and known translation variants mapped
 *       to one form ({@link SpellingVariants}).</li>
 *   <li>"...", "…", ". . ." and "[...]" (three or more dots, optionally single-spaced, optionally in
 *       square brackets) become one token whose folded and norm form is {@link Token#ELLIPSIS}.</li>
 * </ul>
 * Offsets are UTF-16 offsets into the original input, so a match can be highlighted in it.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int ellipsisEnd = c == '.' || c == '…' || c == '[' ? ellipsisEnd(text, i) : i;
            if (ellipsisEnd > i) {
                tokens.add(new Token(text.substring(i, ellipsisEnd), Token.ELLIPSIS, Token.ELLIPSIS, i, ellipsisEnd));
                i = ellipsisEnd;
                continue;
            }
            int cp = text.codePointAt(i);
            if (isWordStart(cp)) {
                int end = wordEnd(text, i);
                addWord(tokens, text, i, end);
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    /** The norms of all words joined by single spaces; ellipses appear as "…". */
    public static String normalise(String text) {
        return tokenize(text).stream().map(Token::norm).collect(Collectors.joining(" "));
    }

    private static void addWord(List<Token> tokens, String text, int start, int end) {
        String surface = text.substring(start, end);
        String[] forms = FORMS.get(surface);
        if (forms == null) {
            String folded = fold(surface);
            forms = new String[] {folded, folded.isEmpty() ? "" : SpellingVariants.canonical(folded)};
            remember(surface, forms);
        }
        if (!forms[0].isEmpty()) {
            tokens.add(new Token(surface, forms[0], forms[1], start, end));
        }
    }

    /**
     * Folded and canonical forms by surface word. Lookup tokenises every candidate passage it aligns,
     * and NFKC plus the spelling table per word was most of a lookup's time; a language has few
     * distinct words. Both forms are pure functions of the surface, so the cache is safe to share and
     * is simply emptied when it grows past its bound.
     */
    private static final int FORMS_BOUND = 200_000;
    private static final Map<String, String[]> FORMS = new ConcurrentHashMap<>();

    private static void remember(String surface, String[] forms) {
        if (FORMS.size() >= FORMS_BOUND) {
            FORMS.clear();
        }
        FORMS.put(surface, forms);
    }

    static String fold(String surface) {
        String nfkc = Normalizer.normalize(surface, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (isApostrophe(cp)) {
                out.append('\'');
            } else if (isWordChar(cp)) {
                out.appendCodePoint(cp);
            }
            // NFKC can expand to punctuation ("½" -> "1⁄2"); such characters are simply dropped
        });
        // an apostrophe can only be inner at the surface; NFKC never moves it to an edge
        return out.toString();
    }

    /** End of the word starting at {@code start}: last letter/digit/mark, bridging apostrophes and format chars. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int lastWordCharEnd = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordChar(cp)) {
                lastWordCharEnd = i + len;
            } else if (isApostrophe(cp)) {
                // inner apostrophe only: the next character must continue the word
                if (i + len >= n || !isWordChar(text.codePointAt(i + len))) {
                    break;
                }
            } else if (Character.getType(cp) != Character.FORMAT) {
                break;
            }
            i += len;
        }
        return lastWordCharEnd;
    }

    /** Offset past an ellipsis starting at {@code i}, or {@code i} when there is none. */
    private static int ellipsisEnd(String text, int i) {
        int n = text.length();
        int j = i;
        boolean bracket = text.charAt(j) == '[';
        if (bracket) {
            j++;
        }
        int dots = 0;
        int end = j;
        while (j < n) {
            char c = text.charAt(j);
            if (c == '.') {
                dots++;
                end = ++j;
            } else if (c == '…') {
                dots += 3;
                end = ++j;
            } else if ((c == ' ' || c == '\u00A0') && dots > 0 && j + 1 < n
                    && (text.charAt(j + 1) == '.' || text.charAt(j + 1) == '…')) {
                j++; // ". . ." — a single space between dots
            } else {
                break;
            }
        }
        if (dots < 3) {
            return i;
        }
        if (bracket) {
            return end < n && text.charAt(end) == ']' ? end + 1 : i;
        }
        return end;
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == 'ʼ' || cp == '′' || cp == '`';
    }
}

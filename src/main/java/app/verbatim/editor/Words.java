package app.verbatim.editor;

/** Counts words the way the finder needs to tell a quotation from a scare quote or a title. */
final class Words {

    private Words() {
    }

    /** Runs of letters or digits; apostrophes and hyphens inside a run do not split it. */
    static int count(CharSequence text, int from, int to) {
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

    static int count(CharSequence text) {
        return count(text, 0, text.length());
    }

    /** Short words that stay lower-case in a title: "The State and Revolution". */
    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "and", "as", "at",
            "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "the", "to", "with");

    /**
     * A title rather than a quotation: at most eight words, no sentence punctuation, every word capitalised but
     * the small ones. Quoted sentences start with a capital but do not capitalise their nouns.
     */
    static boolean isTitle(CharSequence text, int from, int to) {
        String s = text.subSequence(from, to).toString();
        if (s.chars().anyMatch(c -> c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n')) {
            return false;
        }
        String[] words = s.trim().split("\\s+");
        if (words.length > 8 || words.length < 2) {
            return false;
        }
        int capitalised = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised++;
            } else if (!TITLE_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    /** Collapses every run of whitespace to one space, so wrapped lines read as one passage. */
    static String collapseWhitespace(String text) {
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
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}

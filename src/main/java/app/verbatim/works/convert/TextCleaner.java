package app.verbatim.works.convert;

import java.util.regex.Pattern;

/** Character-level clean-up of a printed line: ligatures spelt out, footnote markers taken out of the words. */
final class TextCleaner {

    /** An asterisk or dagger right after a word or stop marks a footnote ("of the day.*"); at a line start it opens one. */
    private static final Pattern INLINE_MARKER = Pattern.compile("(?<=[^\\s*†])[*†]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_GAP = Pattern.compile(" {2,}");
    private static final Pattern SPACED_RUN = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?: \\p{L}){4,}(?![\\p{L}\\p{N}])");

    private TextCleaner() {
    }

    static String clean(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\uFB00' -> sb.append("ff");
                case '\uFB01' -> sb.append("fi");
                case '\uFB02' -> sb.append("fl");
                case '\uFB03' -> sb.append("ffi");
                case '\uFB04' -> sb.append("ffl");
                case '\uFB05', '\uFB06' -> sb.append("st");
                case '\u00AD', '\u200B', '\uFEFF' -> { }
                case '\u00A0' -> sb.append(' ');
                default -> {
                    // Private-use code points are the pieces of big braces drawn around table rows, not text.
                    if ((c >= ' ' || c == '\t') && (c < '\uE000' || c > '\uF8FF')) {
                        sb.append(c);
                    }
                }
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /**
     * Letter-spaced words ("F r a n k f u r t e r   Z e i t u n g", "C O N T E N T S") are drawn with one space
     * glyph between letters and several between words; {@link LineBuilder} writes the latter as two spaces.
     * A stretch of single letters one space apart is a spaced word and is closed up; all spaces then become one.
     */
    static String rejoinLetterSpaced(String text) {
        if (!text.contains(" ")) {
            return text;
        }
        String[] chunks = WORD_GAP.split(text.strip());
        boolean spacedLine = false;
        boolean allLetters = chunks.length >= 4;
        for (String c : chunks) {
            spacedLine |= isSpacedWord(c, 4);
            allLetters &= c.length() == 1 && Character.isLetter(c.charAt(0));
        }
        if (allLetters) {
            // Spaced by gaps alone, with no space drawn ("I L L U S T R A T I O N S"): a heading word.
            return String.join("", chunks);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String c : chunks) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (isSpacedWord(c, spacedLine ? 2 : 4)) {
                out.append(c.replace(" ", ""));
            } else {
                // A spaced word may share its chunk with ordinary words ("A LETTER TO THE N O R T H E R N").
                out.append(SPACED_RUN.matcher(c).replaceAll(m -> m.group().replace(" ", "")));
            }
        }
        return out.toString();
    }

    private static boolean isSpacedWord(String chunk, int minLetters) {
        String[] tokens = chunk.split(" ");
        if (tokens.length < minLetters) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean letter = t.length() == 1 && Character.isLetter(t.charAt(0));
            boolean punctuated = t.length() >= 1 && t.length() <= 3 && Character.isLetter(t.charAt(0))
                    && t.substring(1).chars().noneMatch(Character::isLetterOrDigit) && (i == tokens.length - 1 || t.length() == 2);
            boolean stop = t.length() == 1 && ".,’'-".indexOf(t.charAt(0)) >= 0 && i > 0;
            if (!letter && !punctuated && !stop) {
                return false;
            }
        }
        return true;
    }

    static String withoutMarkers(String line) {
        return INLINE_MARKER.matcher(line).replaceAll("");
    }
}

package app.verbatim.works.convert;

import java.util.regex.Pattern;

/** Character-level clean-up of a printed line: ligatures spelt out, footnote markers taken out of the words. */
final class TextCleaner {

    /** An asterisk or dagger right after a word or stop marks a footnote ("of the day.*"); at a line start it opens one. */
    private static final Pattern INLINE_MARKER = Pattern.compile("(?<=[^\\s*†])[*†]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
                    if (c >= ' ' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    static String withoutMarkers(String line) {
        return INLINE_MARKER.matcher(line).replaceAll("");
    }
}

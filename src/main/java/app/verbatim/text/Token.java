package app.verbatim.text;

/**
 * One word of a text, or an ellipsis marker.
 *
 * @param surface the exact characters of the input, {@code input.substring(start, end)}
 * @param folded  lower case, NFKC, apostrophes unified, punctuation and format characters removed;
 *                {@link #ELLIPSIS} for an ellipsis
 * @param norm    {@code folded} with British spellings and known translation variants canonicalised
 * @param start   UTF-16 offset of the first character in the input
 * @param end     UTF-16 offset just past the last character in the input
 */
public record Token(String surface, String folded, String norm, int start, int end) {

    /** The folded (and norm) form of every ellipsis: "...", "…", ". . .", "[...]". */
    public static final String ELLIPSIS = "…";

    /** An ellipsis stands for omitted words; the matcher treats it as a gap, never as a word. */
    public boolean isEllipsis() {
        return ELLIPSIS.equals(folded);
    }
}

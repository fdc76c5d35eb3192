package app.verbatim.text;

import java.util.regex.Pattern;

/**
 * The little markup a stored memoir text may carry, one paragraph a line, so that a memoir read from a web page
 * keeps its structure as plain text (and a text memoir can use the same): "# " opens a heading line, "> " a
 * line of a block quotation (the draft check reads Markdown's "> " the same way), "[n]" after words refers to
 * note n, and the notes follow the text under a line "# Notes", each as "[n] text". A note may go on over the
 * lines after it: "> " lines are words the note quotes (an editor's note quoting a speech), other lines continue
 * its text, until the next "[n]" line.
 */
public final class MemoirMarkup {

    public static final String HEADING = "# ";
    public static final String BLOCK_QUOTATION = "> ";
    public static final String NOTES_HEADING = HEADING + "Notes";

    /** "[12]" or "[*]" in the text. */
    public static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(\\d{1,3}|\\*{1,3})\\]");

    /** A note line: "[12] V. I. Lenin, Collected Works, Vol. 26, p. 274." */
    public static final Pattern NOTE_LINE = Pattern.compile("(?m)^\\[(\\d{1,3}|\\*{1,3})\\] (.*)$");

    private MemoirMarkup() {
    }

    public static String noteReference(String number) {
        return "[" + number + "]";
    }

    public static String noteLine(String number, String text) {
        return "[" + number + "] " + text;
    }

    /** Where the notes start (the "Notes" line), or the text's length when it has none. */
    public static int notesStart(String text) {
        int at = text.lastIndexOf("\n" + NOTES_HEADING + "\n");
        if (at >= 0) {
            return at + 1;
        }
        return text.startsWith(NOTES_HEADING + "\n") ? 0 : text.length();
    }
}

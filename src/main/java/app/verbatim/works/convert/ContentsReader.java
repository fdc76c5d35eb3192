package app.verbatim.works.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the volume's table of contents: each entry's title and printed first page, and whether it is a
 * top-level entry (a work, or an editorial section such as the Notes) or a part of one. An entry may run
 * over several lines; it ends with the line that reaches the right edge with a page number after the
 * dot leaders. Centred lines without a number are the period headings ("September-December 1917").
 */
final class ContentsReader {

    record Entry(String title, int page, boolean topLevel) {
    }

    /** A page number at the line end, perhaps letter-spaced ("1 0 7"); "St. Petersburg, 1894 333" ends in 333. */
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)[\\s.]*?(\\d(?: \\d){1,3}|\\d{1,4})$");
    private static final Pattern LEADERS = Pattern.compile("(?:\\s*\\.){2,}\\s*$|\\s+\\.\\s*$");

    private final HyphenJoiner joiner;

    ContentsReader(HyphenJoiner joiner) {
        this.joiner = joiner;
    }

    /** @param pages the body lines of each contents page, in order */
    List<Entry> read(List<List<TextLine>> pages) {
        List<Entry> entries = new ArrayList<>();
        for (List<TextLine> lines : pages) {
            float margin = Float.MAX_VALUE;
            float right = 0;
            for (TextLine l : lines) {
                if (!isHeader(l.text())) {
                    margin = Math.min(margin, l.x0());
                    right = Math.max(right, l.x1());
                }
            }
            String pending = "";
            boolean pendingTop = false;
            for (TextLine l : lines) {
                String text = TextCleaner.clean(l.text());
                if (isHeader(text)) {
                    continue;
                }
                if (text.replace(" ", "").equalsIgnoreCase("ILLUSTRATIONS")) {
                    // The list of plates follows the contents; its page numbers are the plates', not works'.
                    return entries;
                }
                Matcher m = NUMBERED.matcher(text);
                boolean atRight = l.x1() >= right - 4;
                if (pending.isEmpty()) {
                    if (l.x0() - margin > 40 && !(atRight && m.matches())) {
                        continue;
                    }
                    pendingTop = l.x0() - margin < 3;
                }
                if (atRight && m.matches()) {
                    String title = joiner.join(pending, LEADERS.matcher(m.group(1)).replaceAll("").strip());
                    title = LEADERS.matcher(title).replaceAll("").strip();
                    int page = Integer.parseInt(m.group(2).replace(" ", ""));
                    if (!title.isEmpty()) {
                        entries.add(new Entry(tidy(title), page, pendingTop));
                    }
                    pending = "";
                } else {
                    pending = joiner.join(pending, text);
                }
            }
        }
        return entries;
    }

    private static boolean isHeader(String text) {
        String t = text.strip();
        String closed = t.replace(" ", "");
        return closed.equalsIgnoreCase("CONTENTS") || t.equals("Page") || closed.matches("(?i)\\d{1,4}CONTENTS|CONTENTS\\d{1,4}");
    }

    /** Letter-spaced words come out with spaces before stops ("R . S . D . L . P ."); the title reads without them. */
    private static String tidy(String title) {
        return title.replaceAll("(?<=\\b\\d) (?=\\d\\b)", "").replaceAll("\\s+([.,;:!?)])", "$1").replaceAll("\\(\\s+", "(").replaceAll("\\s+", " ").strip();
    }
}

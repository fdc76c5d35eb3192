package app.verbatim.works.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed page number and the running title at the top of a page ("296  V. I. LENIN",
 * "THE STATE AND REVOLUTION  297"), or the number alone at the foot of a page that opens a work.
 * {@code number} is -1 where the page shows none; {@code title} is empty where there is no running title.
 */
record RunningHead(int number, String title) {

    static final RunningHead NONE = new RunningHead(-1, "");

    /** Heads sit in the top tenth of the page, folios at the foot in the bottom tenth; the text block lies between. */
    private static final float HEAD_ZONE = 0.10f;
    private static final float FOOT_ZONE = 0.90f;
    /** Heads and folios are set in 8-9 pt; a larger line at the top is a title, not a head. */
    private static final float MAX_HEAD_SIZE = 10.2f;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,4})(?:\\s+(.*))?$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)\\s*(\\d{1,4})$");

    boolean hasNumber() {
        return number >= 0;
    }

    /** A page's head and the lines that remain once head and folio are taken off. */
    record Split(RunningHead head, List<TextLine> body) {
    }

    static Split split(List<TextLine> lines, float pageHeight) {
        List<TextLine> body = new ArrayList<>(lines);
        RunningHead head = NONE;
        if (!body.isEmpty()) {
            TextLine first = body.get(0);
            if (first.y() < HEAD_ZONE * pageHeight && first.size() <= MAX_HEAD_SIZE) {
                head = parse(first);
                body.remove(0);
            }
        }
        if (!body.isEmpty()) {
            TextLine last = body.get(body.size() - 1);
            if (last.y() > FOOT_ZONE * pageHeight && last.size() <= MAX_HEAD_SIZE && last.text().strip().matches("\\d{1,4}")) {
                body.remove(body.size() - 1);
                if (!head.hasNumber()) {
                    head = new RunningHead(Integer.parseInt(last.text().strip()), head.title());
                }
            }
        }
        return new Split(head, body);
    }

    private static RunningHead parse(TextLine line) {
        String text = line.text().strip();
        // The number is the segment at the outer edge; inside the title a number is part of the title.
        List<TextLine.Segment> segments = line.segments();
        String first = segments.get(0).text().strip();
        String last = segments.get(segments.size() - 1).text().strip();
        if (segments.size() > 1 && first.matches("\\d{1,4}")) {
            return new RunningHead(Integer.parseInt(first), text.substring(first.length()).strip());
        }
        if (segments.size() > 1 && last.matches("\\d{1,4}")) {
            return new RunningHead(Integer.parseInt(last), text.substring(0, text.length() - last.length()).strip());
        }
        Matcher m = LEADING_NUMBER.matcher(text);
        if (m.matches()) {
            return new RunningHead(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2).strip());
        }
        m = TRAILING_NUMBER.matcher(text);
        if (m.matches() && !m.group(1).isEmpty() && !Character.isDigit(m.group(1).charAt(m.group(1).length() - 1))) {
            return new RunningHead(Integer.parseInt(m.group(2)), m.group(1).strip());
        }
        return new RunningHead(-1, text);
    }
}

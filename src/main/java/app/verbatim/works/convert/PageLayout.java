package app.verbatim.works.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a page's lines (head already removed) as paragraphs. The book's conventions: a paragraph's first
 * line is indented by about 11 pt; titles and signatures are centred or set right; quotations are set in
 * 9 pt within the text block; footnotes in 9 pt at the foot, each starting with an asterisk; the editors'
 * source lines ("Published according to ...") in 8 pt, often in two columns.
 */
final class PageLayout {

    static final float BODY_SIZE = 9.9f;
    static final float SOURCE_SIZE = 8.6f;
    private static final float INDENT_MIN = 3f;
    private static final float INDENT_MAX = 20f;
    private static final Pattern SEPARATOR = Pattern.compile("^[*\\s]+$|^BLANK$");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^[*†]+.*");
    private static final Pattern SOURCE_START = Pattern.compile(
            "^(Written|Published|First published|Signed|Printed|Dictated|Delivered|Sent|Reprinted|Reduced|Enlarged|From|Read)\\b.*");

    private final HyphenJoiner joiner;

    PageLayout(HyphenJoiner joiner) {
        this.joiner = joiner;
    }

    /** The page's paragraphs and whether it ends in a footnote (a footnote may run on to the next page's foot). */
    record Result(List<Paragraph> paragraphs, boolean endsInFootnote) {
    }

    /**
     * @param footnoteRunsOn whether the previous page ended in a footnote
     * @param block          the text block's usual left and right edges on pages of this side of the book; a page
     *                       with few lines (a title page) cannot show them itself
     */
    Result paragraphs(List<TextLine> all, boolean footnoteRunsOn, float[] block) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine l : all) {
            if (!SEPARATOR.matcher(l.text().strip()).matches()) {
                lines.add(l);
            }
        }
        if (lines.isEmpty()) {
            return new Result(List.of(), false);
        }
        float margin = block[0];
        float right = block[1];
        if (lines.stream().filter(l -> l.size() >= SOURCE_SIZE).count() >= 12) {
            float ownMargin = mode(lines, true);
            float ownRight = mode(lines, false);
            if (Math.abs(ownMargin - margin) < 15 && Math.abs(ownRight - right) < 15) {
                margin = ownMargin;
                right = ownRight;
            }
        }
        int footnotes = footnoteStart(lines, footnoteRunsOn);
        float[] inset = insetMargins(lines, margin, right);
        List<Paragraph> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> rightColumn = new ArrayList<>();
        Paragraph.Role currentRole = null;
        TextLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean isInset = !Float.isNaN(inset[i]) && i < footnotes;
            Paragraph.Role role = i >= footnotes ? Paragraph.Role.FOOTNOTE : isInset ? Paragraph.Role.SMALL : role(line, margin, right);
            float lineMargin = isInset ? inset[i] : margin;
            String text = TextCleaner.clean(line.text());
            if (role != Paragraph.Role.FOOTNOTE) {
                text = TextCleaner.withoutMarkers(text);
            }
            if (text.isEmpty()) {
                continue;
            }
            boolean start = previous == null || role != currentRole || startsParagraph(role, line, previous, lineMargin, text);
            if (start) {
                flush(out, currentRole, current);
                current = new ArrayList<>();
                if (role != Paragraph.Role.SOURCE) {
                    flush(out, currentRole, rightColumn);
                    rightColumn = new ArrayList<>();
                }
                currentRole = role;
            }
            if (role == Paragraph.Role.SOURCE && (line.segments().size() > 1 || line.x0() > margin + (right - margin) / 2)) {
                // Source lines in two columns: each column reads on by itself ("Published according / to the Pravda text").
                for (TextLine.Segment s : line.segments()) {
                    String part = TextCleaner.clean(s.text());
                    (s.x0() > margin + (right - margin) / 2 ? rightColumn : current).add(part);
                }
            } else {
                current.add(text);
            }
            previous = line;
        }
        flush(out, currentRole, current);
        flush(out, currentRole, rightColumn);
        return new Result(out, footnotes < lines.size());
    }

    private void flush(List<Paragraph> out, Paragraph.Role role, List<String> lines) {
        if (role == null || lines.isEmpty()) {
            return;
        }
        String text = "";
        for (String l : lines) {
            text = joiner.join(text, l);
        }
        if (role == Paragraph.Role.FOOTNOTE) {
            // The footnote's asterisk is set apart by a gap, not a space.
            text = text.replaceFirst("^([*†]+)\\s*", "$1 ");
        }
        if (!text.isBlank()) {
            out.add(new Paragraph(role, text.strip()));
        }
    }

    /**
     * Quotations set in the body size are inset instead: every line starts well right of the margin and the
     * full lines still reach the right edge (as in The State and Revolution). Each line of such a block gets
     * the block's own left edge; other lines get NaN. A single inset line may be a heading, so a block needs two.
     */
    private static float[] insetMargins(List<TextLine> lines, float margin, float right) {
        float[] inset = new float[lines.size()];
        java.util.Arrays.fill(inset, Float.NaN);
        int i = 0;
        while (i < lines.size()) {
            if (!isInsetFull(lines.get(i), margin, right)) {
                i++;
                continue;
            }
            int end = i;
            float edge = lines.get(i).x0();
            while (end + 1 < lines.size()) {
                TextLine next = lines.get(end + 1);
                if (isInsetFull(next, margin, right)) {
                    edge = Math.min(edge, next.x0());
                } else if (!(Math.abs(next.x0() - edge) < 1.5f && next.size() >= SOURCE_SIZE)) {
                    break;
                }
                end++;
            }
            if (end > i) {
                for (int k = i; k <= end; k++) {
                    inset[k] = edge;
                }
            }
            i = end + 1;
        }
        return inset;
    }

    private static boolean isInsetFull(TextLine line, float margin, float right) {
        float indent = line.x0() - margin;
        return line.size() >= SOURCE_SIZE && indent > 15 && indent < 80 && line.x1() >= right - 3 && !line.bold();
    }

    private static Paragraph.Role role(TextLine line, float margin, float right) {
        if (line.size() < SOURCE_SIZE) {
            // Section headings are set in small capitals of the same size as the source lines.
            return isCaps(line.text()) && line.text().length() > 3 ? Paragraph.Role.HEADING : Paragraph.Role.SOURCE;
        }
        boolean displaced = line.x0() - margin > INDENT_MAX && line.x1() < right - 3;
        if (displaced && (line.size() >= BODY_SIZE || line.bold() || isCaps(line.text()))) {
            return Paragraph.Role.HEADING;
        }
        if (line.bold() && isCaps(line.text())) {
            return Paragraph.Role.HEADING;
        }
        return line.size() >= BODY_SIZE ? Paragraph.Role.BODY : Paragraph.Role.SMALL;
    }

    private static boolean startsParagraph(Paragraph.Role role, TextLine line, TextLine previous, float margin, String text) {
        float gap = line.y() - previous.y();
        float spacing = Math.max(line.size(), previous.size()) * 1.05f;
        return switch (role) {
            case HEADING -> gap > spacing * 1.9f;
            case FOOTNOTE -> FOOTNOTE_START.matcher(text).matches();
            case SOURCE -> gap > spacing * 1.8f || SOURCE_START.matcher(text).matches();
            default -> {
                float indent = line.x0() - margin;
                float previousIndent = previous.x0() - margin;
                yield (indent > INDENT_MIN && indent <= INDENT_MAX) || gap > spacing * 1.7f || previousIndent > INDENT_MAX;
            }
        };
    }

    /**
     * Where the footnotes begin: the first line after the last body-size line that starts with an asterisk
     * and is followed by small type only. A page whose foot continues the previous page's footnote has no
     * asterisk; its small lines after a wide gap below the body are taken as that footnote's rest.
     */
    private static int footnoteStart(List<TextLine> lines, boolean footnoteRunsOn) {
        int lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).size() >= BODY_SIZE) {
                lastBody = i;
            }
        }
        for (int i = Math.max(lastBody + 1, 1); i < lines.size(); i++) {
            if (FOOTNOTE_START.matcher(lines.get(i).text().strip()).matches()) {
                return i;
            }
        }
        if (footnoteRunsOn && lastBody >= 0 && lastBody + 1 < lines.size()) {
            TextLine body = lines.get(lastBody);
            TextLine next = lines.get(lastBody + 1);
            if (next.size() >= SOURCE_SIZE && next.y() - body.y() > body.size() * 1.9f) {
                return lastBody + 1;
            }
        }
        return lines.size();
    }

    private static boolean isCaps(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > 0 && lower * 5 <= upper;
    }

    /** The commonest left (or right) edge of the lines set in text sizes: the text block's margin. */
    static float mode(List<TextLine> lines, boolean left) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            if (l.size() >= SOURCE_SIZE) {
                counts.merge(Math.round(left ? l.x0() : l.x1()), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return left ? (float) lines.stream().mapToDouble(TextLine::x0).min().orElse(0)
                    : (float) lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(e -> left ? -e.getKey() : e.getKey()))
                .get().getKey();
    }
}

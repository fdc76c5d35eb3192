package app.verbatim.works.convert;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a volume covers, as the editors state it: in the chronology's heading ("Outstanding Dates
 * (September 1917-February 1918)"), in the preface, or on the title page when its figures map to text.
 */
final class Period {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern SPAN = Pattern.compile("\\(\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*[-–—]\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*\\)");
    private static final Pattern TITLE_SPAN = Pattern.compile("^\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*[-–—]\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*$", Pattern.MULTILINE);
    private static final Pattern CHRONOLOGY = Pattern.compile("(?i).*(life and work|chronology|outstanding dates|dates in the life).*");

    private Period() {
    }

    static String find(List<VolumeData.Work> works, List<VolumeData.Page> pages, List<List<Glyph>> titlePages) {
        for (VolumeData.Work w : works) {
            if (w.editorial() != null && CHRONOLOGY.matcher(w.title()).matches()) {
                for (VolumeData.Page p : pages) {
                    if (p.page() >= w.firstPage() && p.page() <= w.firstPage() + 1) {
                        Matcher m = SPAN.matcher(p.text());
                        if (m.find()) {
                            return format(m);
                        }
                    }
                }
            }
        }
        for (List<Glyph> page : titlePages) {
            StringBuilder text = new StringBuilder();
            for (TextLine l : LineBuilder.lines(page)) {
                text.append(TextCleaner.clean(l.text())).append('\n');
            }
            Matcher m = TITLE_SPAN.matcher(text);
            if (m.find()) {
                return format(m);
            }
        }
        return null;
    }

    private static String format(Matcher m) {
        return m.group(1).replaceAll("\\s+", " ") + " – " + m.group(2).replaceAll("\\s+", " ");
    }
}

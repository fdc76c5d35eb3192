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
    /** "(September 1917-February 1918)", "(January-July 1905)", "June-September 1917", "(1870-1894)". */
    private static final Pattern SPAN = Pattern.compile("(" + MONTH + ")?\\s*(1[89]\\d\\d)?\\s*[-–—]\\s*(" + MONTH + ")?\\s*(1[89]\\d\\d)");
    private static final Pattern TITLE_SPAN = Pattern.compile("^\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*[-–—]\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*$", Pattern.MULTILINE);
    private static final Pattern CHRONOLOGY = Pattern.compile("(?i).*(life and work|chronology|outstanding dates|dates in the life).*");

    private Period() {
    }

    static String find(List<VolumeData.Work> works, List<VolumeData.Page> pages, List<List<Glyph>> titlePages) {
        for (VolumeData.Work w : works) {
            if (w.editorial() != null && CHRONOLOGY.matcher(w.title()).matches()) {
                for (VolumeData.Page p : pages) {
                    if (p.page() >= w.firstPage() && p.page() <= w.firstPage() + 1) {
                        String heading = p.text().substring(0, Math.min(p.text().length(), 160));
                        Matcher m = SPAN.matcher(heading);
                        while (m.find()) {
                            String span = span(m);
                            if (span != null) {
                                return span;
                            }
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

    /** Both ends as "Month Year" or "Year"; a month without its own year has the closing one. */
    private static String span(Matcher m) {
        String startMonth = m.group(1);
        String startYear = m.group(2);
        String endMonth = m.group(3);
        String endYear = m.group(4);
        if (startYear == null && (startMonth == null || endMonth == null)) {
            return null;
        }
        if ((startMonth == null) != (endMonth == null)) {
            return null;
        }
        String start = startMonth == null ? startYear : startMonth + " " + (startYear == null ? endYear : startYear);
        String end = endMonth == null ? endYear : endMonth + " " + endYear;
        return start + " – " + end;
    }

    private static String format(Matcher m) {
        return m.group(1).replaceAll("\\s+", " ") + " – " + m.group(2).replaceAll("\\s+", " ");
    }
}

package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeData;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a volume covers, as the editors state it: in the chronology's heading ("Outstanding Dates
 * (September 1917-February 1918)"), on the title page when its figures map to text, or in the preface.
 */
final class Period {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    /** "(September 1917-February 1918)", "(January-July 1905)", "June-September 1917", "(1870-1894)". */
    private static final Pattern SPAN = Pattern.compile("(" + MONTH + ")?\\s*(1[89]\\d\\d)?\\s*[-–—]\\s*(" + MONTH + ")?\\s*(1[89]\\d\\d)");
    private static final Pattern TITLE_SPAN = Pattern.compile("^\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*[-–—]\\s*((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s*$", Pattern.MULTILINE);
    /** "Volume 44 contains letters ... written ... from October 1917 to November 1920", "... between June 1907 and April 1908". */
    private static final Pattern PREFACE_SPAN = Pattern.compile("\\b(?:from|between)\\s+((?:" + MONTH + "\\s+)?1[89]\\d\\d)\\s+(?:to|and|till|until)\\s+"
            + "(?:(?:the\\s+)?[A-Z][^.,;]{0,60}?\\s+(?:in|of)\\s+)?((?:" + MONTH + "\\s+)?1[89]\\d\\d)");
    private static final Pattern DESCRIBES_CONTENTS = Pattern.compile("(?i)\\b(contain|contains|contained|comprises?)\\b");
    private static final Pattern PREFACE = Pattern.compile("(?i)^preface.*");
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
        // Many chronology headings and title pages have figures the font does not map ("(!ugust 191-January
        // 194)"); the preface's sentence on what the volume contains names the period in plain type.
        for (VolumeData.Work w : works) {
            if (w.editorial() != null && PREFACE.matcher(w.title()).matches()) {
                StringBuilder text = new StringBuilder();
                for (VolumeData.Page p : pages) {
                    if (p.page() >= w.firstPage() && p.page() <= Math.min(w.lastPage(), w.firstPage() + 1)) {
                        text.append(p.text()).append('\n');
                    }
                }
                for (String sentence : text.toString().split("(?<=[.!?])\\s+(?=[A-Z])")) {
                    Matcher m = PREFACE_SPAN.matcher(sentence);
                    if (DESCRIBES_CONTENTS.matcher(sentence).find() && m.find()
                            && !sentence.substring(0, m.start()).toLowerCase(java.util.Locale.ROOT).contains("publish")) {
                        return m.group(1) + " – " + m.group(2);
                    }
                }
                break;
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

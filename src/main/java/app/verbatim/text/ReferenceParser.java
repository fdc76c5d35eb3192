package app.verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds "(Works, Vol. 26, pp. 263-67.)" / "(Ibid., p. 282.)" references and "(My italics.–N.K.)" notes. */
public final class ReferenceParser {

    // [^()] spans newlines on purpose: one citation in the seeds is broken over two lines.
    private static final Pattern CITATION = Pattern.compile("\\(\\s*(Works|Ibid)\\b[^()]{0,120}\\)");
    private static final Pattern ITALICS = Pattern.compile("\\(\\s*(?:My italics|Italics mine|Emphasis mine)[^()]{0,40}\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VOLUME = Pattern.compile("Vol\\.?\\s*(\\d+)");
    private static final Pattern PAGES = Pattern.compile("\\bpp?\\.\\s*([0-9][0-9\\s,\\-–—]*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:[-–—]\\s*(\\d+))?");

    public record Span(int start, int end) {}

    public List<Reference> parse(String text) {
        List<Reference> out = new ArrayList<>();
        Integer lastVolume = null;
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            String raw = m.group();
            boolean ibid = m.group(1).equals("Ibid");
            Integer volume = null;
            Matcher v = VOLUME.matcher(raw);
            if (v.find()) {
                volume = Integer.valueOf(v.group(1));
            } else if (ibid) {
                volume = lastVolume;
            }
            out.add(new Reference(raw, m.start(), m.end(), volume, pages(raw), ibid));
            if (volume != null) {
                lastVolume = volume;
            }
        }
        return out;
    }

    public List<Span> italicNotes(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = ITALICS.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    public static List<PageRange> pages(String raw) {
        List<PageRange> out = new ArrayList<>();
        Matcher p = PAGES.matcher(raw);
        if (!p.find()) {
            return out;
        }
        Matcher r = RANGE.matcher(p.group(1));
        while (r.find()) {
            int first = Integer.parseInt(r.group(1));
            int last = r.group(2) == null ? first : expand(r.group(1), r.group(2));
            out.add(new PageRange(first, last));
        }
        return out;
    }

    /** 263-67 means 263..267 and 1021-3 means 1021..1023: the short tail replaces the low digits. */
    static int expand(String first, String tail) {
        if (tail.length() >= first.length()) {
            return Integer.parseInt(tail);
        }
        String full = first.substring(0, first.length() - tail.length()) + tail;
        int last = Integer.parseInt(full);
        return last < Integer.parseInt(first) ? Integer.parseInt(tail) : last;
    }
}

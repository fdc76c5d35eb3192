package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a memoir at "Chapter N: Title" heading lines. */
final class ChapterSplitter {

    private static final Pattern HEADING = Pattern.compile(
            "(?m)^[ \\t]*Chapter[ \\t]+([0-9]+|[A-Za-z]+(?:-[A-Za-z]+)?)[ \\t]*:[ \\t]*(\\S[^\\n]*?)[ \\t]*$");

    // The condensed Trotsky edition spells one heading out ("Chapter Seven"), so words must parse too.
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    record Heading(int start, int end, Integer number, String title) {}

    List<Heading> headings(String text) {
        List<Heading> out = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            Integer number = parseNumber(m.group(1));
            if (number != null) {
                out.add(new Heading(m.start(), m.end(), number, m.group(2)));
            }
        }
        return out;
    }

    List<ExtractedChapter> split(String text, List<Heading> headings) {
        List<ExtractedChapter> chapters = new ArrayList<>();
        if (headings.isEmpty()) {
            chapters.add(new ExtractedChapter(0, null, null, 0, text.length()));
            return chapters;
        }
        // Front matter before the first heading still has to belong to some chapter.
        if (!text.substring(0, headings.get(0).start()).isBlank()) {
            chapters.add(new ExtractedChapter(0, null, null, 0, headings.get(0).start()));
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : text.length();
            int start = chapters.isEmpty() ? 0 : h.start();
            chapters.add(new ExtractedChapter(chapters.size(), h.number(), h.title(), start, end));
        }
        return chapters;
    }

    static Integer parseNumber(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(token);
        }
        String lower = token.toLowerCase();
        if (UNITS.containsKey(lower)) {
            return UNITS.get(lower);
        }
        if (TENS.containsKey(lower)) {
            return TENS.get(lower);
        }
        int dash = lower.indexOf('-');
        if (dash > 0 && TENS.containsKey(lower.substring(0, dash)) && UNITS.containsKey(lower.substring(dash + 1))) {
            return TENS.get(lower.substring(0, dash)) + UNITS.get(lower.substring(dash + 1));
        }
        return null;
    }

    static int chapterAt(List<ExtractedChapter> chapters, int pos) {
        for (ExtractedChapter c : chapters) {
            if (pos >= c.start() && pos < c.end()) {
                return c.ordinal();
            }
        }
        return chapters.get(chapters.size() - 1).ordinal();
    }
}

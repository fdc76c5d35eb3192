package app.verbatim.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a Works citation the way the memoirs do: "Works, Vol. 26, pp. 254-55". The one formatter
 * every front-end uses: the corpus, the draft check's suggestions, the citation checks.
 */
public final class CitationFormat {

    private CitationFormat() {
    }

    /** "Works, Vol. 26, p. 255"; null when neither a volume nor a page is known. */
    public static String works(Integer volume, List<PageRange> pages) {
        List<PageRange> ranges = pages == null ? List.of() : pages;
        if (volume == null && ranges.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder("Works");
        if (volume != null) {
            out.append(", Vol. ").append(volume);
        }
        if (!ranges.isEmpty()) {
            out.append(ranges.size() == 1 && ranges.get(0).single() ? ", p. " : ", pp. ").append(pages(ranges));
        }
        return out.toString();
    }

    /** "Collected Works, 4th English edition, Moscow: Progress Publishers, Vol. 26, pp. 288-89": a place in the English volumes. */
    public static String englishEdition(int volume, List<PageRange> pages) {
        return "Collected Works, " + WorksEdition.NAME + ", " + WorksEdition.PLACE + ": " + WorksEdition.PUBLISHER
                + works(volume, pages).substring("Works".length());
    }

    /** As {@link #works}, falling back to the citation as the memoir printed it. */
    public static String display(Integer volume, List<PageRange> pages, String raw) {
        String works = works(volume, pages);
        return works == null ? raw : works;
    }

    /** "316, 317-18". */
    public static String pages(List<PageRange> ranges) {
        return ranges.stream().map(CitationFormat::range).collect(Collectors.joining(", "));
    }

    /** 254-255 → "254-55", 298-300 → "298-300": the last page keeps the digits that change, at least two. */
    public static String range(PageRange range) {
        if (range.single()) {
            return Integer.toString(range.first());
        }
        String first = Integer.toString(range.first());
        String last = Integer.toString(range.last());
        if (first.length() == last.length()) {
            int common = 0;
            while (common < last.length() - 2 && first.charAt(common) == last.charAt(common)) {
                common++;
            }
            last = last.substring(common);
        }
        return first + "-" + last;
    }
}

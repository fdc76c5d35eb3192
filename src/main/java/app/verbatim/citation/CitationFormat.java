package app.verbatim.citation;

import java.util.List;
import java.util.stream.Collectors;

import app.verbatim.corpus.QuotationView;

/** Writes a citation the way the memoirs do: "Works, Vol. 26, pp. 254-55". */
public final class CitationFormat {

    private CitationFormat() {
    }

    public static String display(Integer volume, List<QuotationView.Pages> pages, String raw) {
        if (volume == null && pages.isEmpty()) {
            return raw;
        }
        StringBuilder out = new StringBuilder("Works");
        if (volume != null) {
            out.append(", Vol. ").append(volume);
        }
        if (!pages.isEmpty()) {
            boolean single = pages.size() == 1 && pages.get(0).first() == pages.get(0).last();
            out.append(single ? ", p. " : ", pp. ")
                    .append(pages.stream().map(CitationFormat::range).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    /** 254-255 → "254-55", 298-300 → "298-300": the last page keeps the digits that change, at least two. */
    static String range(QuotationView.Pages range) {
        if (range.first() == range.last()) {
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

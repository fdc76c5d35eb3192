package app.verbatim.editor;

import app.verbatim.text.WorksEdition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;
import app.verbatim.text.Speakers;

/**
 * Suggests how a writer should cite words Verbatim found in a memoir: Lenin's Works where the memoir names the
 * place, and the memoir as the source actually read ("quoted in").
 */
public final class CitationSuggestion {

    private CitationSuggestion() {
    }

    /**
     * @param finding the lookup's finding; its speaker (default "Lenin") and citation are used
     * @param author  the memoirist, e.g. "N. K. Krupskaya" (or "Krupskaya, N. K.")
     * @param title   the memoir, e.g. "Reminiscences of Lenin"
     * @param part    the chapter or part the words stand in, or null
     * @param volume  the Works volume the memoir cites, or null
     * @param pages   the Works pages the memoir cites; null or empty for none
     */
    public static SuggestedCitation of(QuoteFinding finding, String author, String title, String part, Integer volume,
                                       List<PageRange> pages) {
        String speaker = finding == null || blank(finding.speaker()) ? Speakers.LENIN : finding.speaker();
        String works = finding != null && !blank(finding.citationDisplay()) ? finding.citationDisplay()
                : CitationFormat.works(volume, pages);
        String source = source(author, title, part, finding);
        StringBuilder display = new StringBuilder(speaker).append(", ");
        if (works != null) {
            display.append(works).append("; ");
        }
        display.append("quoted in ").append(source);
        return new SuggestedCitation(display.toString(), csl(finding, author, title, part, speaker, works));
    }

    /**
     * Words found in the Works themselves: cite the English volume and its pages, naming the edition.
     *
     * @param speaker whose words they are ("Lenin", or the author Lenin quotes)
     * @param title   the work of Lenin's they stand in, or null
     */
    public static SuggestedCitation ofWorks(String speaker, int volume, List<PageRange> pages, String title) {
        String who = blank(speaker) ? Speakers.LENIN : speaker;
        String place = CitationFormat.englishEdition(volume, pages);
        String display = who + ", " + (blank(title) ? "" : "\"" + title.strip() + "\", ") + place;
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", "lenin-cw-" + volume + "-" + pages.get(0).first());
        csl.put("type", blank(title) ? "book" : "chapter");
        if (!blank(title)) {
            csl.put("title", title.strip());
        }
        csl.put(blank(title) ? "title" : "container-title", "Collected Works");
        csl.put("author", List.of(Map.of("family", "Lenin", "given", "V. I.")));
        csl.put("edition", "4");
        csl.put("volume", String.valueOf(volume));
        csl.put("page", CitationFormat.pages(pages));
        csl.put("publisher", WorksEdition.PUBLISHER);
        csl.put("publisher-place", WorksEdition.PLACE);
        csl.put("language", "en");
        return new SuggestedCitation(display, csl);
    }

    private static String source(String author, String title, String part, QuoteFinding finding) {
        if (blank(title)) {
            return finding != null && !blank(finding.sourceDisplay()) ? finding.sourceDisplay() : "an unnamed memoir";
        }
        StringBuilder out = new StringBuilder();
        if (!blank(author)) {
            out.append(author.strip()).append(", ");
        }
        out.append(title.strip());
        if (!blank(part)) {
            out.append(", \"").append(part.strip()).append('"');
        }
        return out.toString();
    }

    /**
     * CSL-JSON for the memoir, the source the writer quotes from. A part of a memoir is a CSL "chapter" in the
     * memoir as "container-title"; the Works reference goes to "note", because "page" would claim it is a page
     * of the memoir.
     */
    private static Map<String, Object> csl(QuoteFinding finding, String author, String title, String part,
                                           String speaker, String works) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", cslId(finding, author, title));
        boolean chapter = !blank(part);
        csl.put("type", chapter ? "chapter" : "book");
        if (chapter) {
            csl.put("title", part.strip());
        }
        if (!blank(title)) {
            csl.put(chapter ? "container-title" : "title", title.strip());
        }
        if (!blank(author)) {
            csl.put("author", List.of(name(author)));
        }
        csl.put("note", "Quoting " + speaker + (works == null ? "" : ", " + works));
        return csl;
    }

    private static String cslId(QuoteFinding finding, String author, String title) {
        if (finding != null && finding.quotationId() != null) {
            return "verbatim-quotation-" + finding.quotationId();
        }
        String slug = ((blank(author) ? "" : author) + " " + (blank(title) ? "" : title))
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "verbatim-source" : slug;
    }

    /** "N. K. Krupskaya" and "Krupskaya, N. K." both become {family: Krupskaya, given: N. K.}. */
    static Map<String, String> name(String author) {
        String a = author.strip();
        Map<String, String> name = new LinkedHashMap<>();
        int comma = a.indexOf(',');
        if (comma > 0) {
            name.put("family", a.substring(0, comma).strip());
            String given = a.substring(comma + 1).strip();
            if (!given.isEmpty()) {
                name.put("given", given);
            }
            return name;
        }
        int space = a.lastIndexOf(' ');
        if (space < 0) {
            name.put("family", a);
        } else {
            name.put("family", a.substring(space + 1));
            name.put("given", a.substring(0, space).strip());
        }
        return name;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

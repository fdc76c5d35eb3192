package app.verbatim.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;

/** A stored quotation as the API shows it. */
public record QuotationView(
        long id,
        String text,
        String speaker,
        SpeakerKind speakerKind,
        boolean lenin,
        Attribution attribution,
        String reporter,
        @JsonInclude(JsonInclude.Include.NON_NULL) String issuingBody,
        QuotationKind kind,
        MemoirRef memoir,
        Location location,
        CitationView citation,
        @JsonInclude(JsonInclude.Include.NON_NULL) CitationCheckView citationCheck,
        @JsonInclude(JsonInclude.Include.NON_NULL) InWorks works) {

    /** How sure extraction is of the speaker; {@code certain} is false when it inferred rather than read it. */
    public record Attribution(double confidence, boolean certain, String note) {
    }

    public record MemoirRef(long id, String slug, String author, String title, String part, ChapterRef chapter) {
    }

    public record ChapterRef(int ordinal, Integer number, String title) {
    }

    /** Character offsets (UTF-16) of the quoted words in the memoir's text. */
    public record Location(int start, int end) {
    }

    /**
     * Where the quotation stands in Lenin's Works: volume, printed pages, work and edition, the Works' wording,
     * how the memoir's wording aligns with it ({@code score}, {@code differences}: the memoir's words as
     * the wording, the Works' as the reference) and the share of its content words the Works passage holds.
     */
    public record InWorks(int volume, List<PageRange> pages, String title, String edition, String text, double score,
                          double wordShare, List<WordingDifference> differences) {
    }

    /** A memoir's citation: {@code source} is what it cites ("Works", "Lenin Miscellany"), edition where it says. */
    public record CitationView(long id, String display, String raw, String source, Integer volume, List<PageRange> pages,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String edition, boolean ibid) {
    }
}

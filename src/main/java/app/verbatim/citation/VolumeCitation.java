package app.verbatim.citation;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.verbatim.api.CitationCheckView;

import java.util.List;

import app.verbatim.api.QuotationView;
import app.verbatim.text.PageRange;

/** One citation of a volume with the memoir that makes it and the quoted words it closes. */
public record VolumeCitation(
        long citationId,
        String display,
        String raw,
        int volume,
        Integer firstPage,
        List<PageRange> pages,
        boolean ibid,
        QuotationView.MemoirRef memoir,
        List<Fragment> quotations) {

    /**
     * A citation can close several separated fragments of one passage; each of Lenin's is checked against the
     * Works ({@code citationCheck}: the English pages found beside the pages claimed, and the outcome).
     */
    public record Fragment(long id, String text, String speaker, boolean lenin, QuotationView.ChapterRef chapter,
                           @JsonInclude(JsonInclude.Include.NON_NULL) CitationCheckView citationCheck) {
    }
}

package app.verbatim.citation;

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

    /** A citation can close several separated fragments of one passage. */
    public record Fragment(long id, String text, String speaker, boolean lenin, QuotationView.ChapterRef chapter) {
    }
}

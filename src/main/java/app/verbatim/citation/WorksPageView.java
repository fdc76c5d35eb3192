package app.verbatim.citation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.verbatim.api.QuotationView;

/**
 * One printed page of the Works: its text with whose words each stretch is, the work it belongs to, its
 * neighbours, and the memoir quotations that stand on it ({@code LOCATED}) or cite it ({@code CITED}).
 */
public record WorksPageView(int volume, int page, int pdfPage, String period, String edition,
                            @JsonInclude(JsonInclude.Include.NON_NULL) WorksVolumeView.Work work, Integer previousPage, Integer nextPage, String text,
                            List<Stretch> stretches, List<Pointer> quotations) {

    /** A stretch of the page's text: UTF-16 offsets, LENIN, QUOTED (from {@code source}) or EDITORIAL. */
    public record Stretch(int start, int end, String kind, String source) {
    }

    /** How a memoir quotation points at this page. */
    public enum Relation { LOCATED, CITED }

    public record Pointer(long quotationId, Relation relation, String text, QuotationView.MemoirRef memoir,
                          String citation) {
    }
}

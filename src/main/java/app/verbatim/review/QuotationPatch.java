package app.verbatim.review;

import java.util.List;

import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;

/**
 * A reviewer's decision about a quotation, as parsed from a PATCH body: each field null when not given, except the
 * issuing body and the citation, which may be given as null (none); {@code reason} is required.
 */
record QuotationPatch(String speaker, boolean issuingBodyGiven, String issuingBody, QuotationKind kind, Extent extent, boolean citationGiven,
                      CitationInput citation, ReviewStatus status, String reason, Integer version) {

    /** UTF-16 offsets within the memoir's text; the quotation becomes the text between them. */
    record Extent(int start, int end) {
    }

    record CitationInput(String source, Integer volume, List<PageRange> pages, String edition) {

        ReviewCitation citation() {
            return ReviewCitation.of(source, volume, pages, edition);
        }
    }

    /** Whether the patch sets anything beyond the status. */
    boolean changesFields() {
        return speaker != null || issuingBodyGiven || kind != null || extent != null || citationGiven;
    }
}

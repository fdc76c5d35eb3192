package app.verbatim.citation;

import app.verbatim.api.CitationCheckView;
import app.verbatim.api.QuotationView;

/** A memoir quotation of Lenin's with its citation's check. */
public record CheckedQuotation(long quotationId, String text, QuotationView.MemoirRef memoir,
                               CitationCheckView citationCheck) {
}

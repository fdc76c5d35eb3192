package app.verbatim.review;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.verbatim.api.QuotationView;
import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;

/**
 * A review as the API shows it: the decision ({@code status}, {@code version}), whether the quotation is found by
 * lookups ({@code searchable}: false once rejected or orphaned) and the decided state. {@code quotationId} is the
 * quotation the review stands on, or stood on last (null for an orphaned review restored into another database).
 */
public record ReviewView(long reviewId, Long quotationId, ReviewStatus status, int version, boolean orphaned,
                         boolean searchable, QuotationView.MemoirRef memoir, String speaker, SpeakerKind speakerKind,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String issuingBody,
                         boolean lenin, QuotationKind kind, QuotationView.Location location, String text,
                         CitationView citation, OffsetDateTime updatedAt) {

    /** A decided citation. */
    public record CitationView(String source, Integer volume, List<PageRange> pages, String edition, String display) {
    }

    static CitationView citation(ReviewCitation c) {
        return c == null ? null : new CitationView(c.source() == null ? "Works" : c.source(), c.volume(), c.pages(),
                c.edition(), c.display());
    }

    /** The answer to a PATCH: the review as it now stands (absent when nothing was decided) and the changes recorded. */
    public record Decision(@JsonInclude(JsonInclude.Include.NON_NULL) ReviewView review, List<ChangeView> changes) {
    }

    /** A quotation's history: its review (absent when nobody reviewed it) and every change, oldest first. */
    public record History(Long quotationId, @JsonInclude(JsonInclude.Include.NON_NULL) ReviewView review,
                          List<ChangeView> changes) {
    }

    /** One field changed: old and new value, when, why, and the name of the key that made the change. */
    public record ChangeView(int version, OffsetDateTime at, @JsonInclude(JsonInclude.Include.ALWAYS) String by,
                             String reason, String field, @JsonInclude(JsonInclude.Include.ALWAYS) Object old,
                             @com.fasterxml.jackson.annotation.JsonProperty("new")
                             @JsonInclude(JsonInclude.Include.ALWAYS) Object newValue) {
    }
}

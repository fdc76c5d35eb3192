package app.verbatim.review;

import java.time.OffsetDateTime;

/** Writes the history of a review: one row per field changed. */
final class ReviewHistory {

    private ReviewHistory() {
    }

    /** A change a reviewer made with the key named {@code keyName}, or the service itself ({@code keyName} null). */
    static ReviewChange record(Review review, ReviewService.FieldChange change, String keyName, String reason,
                               OffsetDateTime at) {
        ReviewChange c = new ReviewChange();
        c.reviewId = review.id;
        c.version = review.version;
        c.changedAt = at;
        c.keyName = keyName;
        c.reason = reason;
        c.field = change.field();
        c.oldValue = change.old();
        c.newValue = change.now();
        c.persist();
        return c;
    }
}

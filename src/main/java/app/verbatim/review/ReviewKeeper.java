package app.verbatim.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.verbatim.corpus.MemoirStored;
import app.verbatim.review.QuotationRows.MemoirText;
import app.verbatim.review.QuotationRows.Span;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps reviews on their quotations when a memoir is imported again (a new extraction, or a changed text): the
 * importer has just deleted the memoir's quotation rows and made new ones, in this transaction. Each review is
 * matched by content and position, not by row id: its passage found again in the text ({@link TextLocator}), then
 * the new row covering most of it takes the decided state, and the id the quotation had (links to it, its history
 * keep working); with no such row (the extraction no longer proposes it) the row is made from the review. A rejected quotation's row is deleted again. A review whose passage is no longer
 * in the text is kept and marked orphaned, never dropped.
 *
 * <p>Runs before the other observers of the import (a lower priority): duplicate clusters and citation checks are
 * then worked out on the reviewed state.
 */
@ApplicationScoped
public class ReviewKeeper {

    private final QuotationRows rows;
    private final EntityManager em;

    ReviewKeeper(QuotationRows rows, EntityManager em) {
        this.rows = rows;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onMemoirStored(@Observes @Priority(Interceptor.Priority.APPLICATION) MemoirStored stored) {
        relocate(stored.memoirId());
    }

    /**
     * Places the memoir's reviews not yet placed on its current text and rows (their located hash differs from the
     * memoir's content hash); answers how many it placed or orphaned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int relocate(long memoirId) {
        MemoirText memoir = rows.memoir(memoirId).orElseThrow();
        List<Review> stale = Review.list("memoirId = ?1 and locatedHash <> ?2 order by startOffset, id", memoirId,
                memoir.contentHash());
        if (stale.isEmpty()) {
            return 0;
        }
        // The rows the stale reviews stood on are gone; their ids are kept only to give a remade row the same id.
        // Cleared first, so that no two reviews name one row even for a moment (quotation_id is unique).
        Map<Long, Long> previous = new HashMap<>();
        for (Review r : stale) {
            previous.put(r.id, r.quotationId);
            r.quotationId = null;
        }
        em.flush();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int orphaned = 0;
        for (Review review : stale) {
            int at = TextLocator.find(memoir.body(), review.body, review.startOffset);
            review.locatedHash = memoir.contentHash();
            if (at < 0) {
                review.quotationId = previous.get(review.id);
                if (!review.orphaned) {
                    review.orphaned = true;
                    ReviewHistory.record(review, new ReviewService.FieldChange("orphaned", "false", "true"), null,
                            "The memoir was imported again and the reviewed passage is no longer in its text", now);
                }
                orphaned++;
                continue;
            }
            if (review.orphaned) {
                review.orphaned = false;
                ReviewHistory.record(review, new ReviewService.FieldChange("orphaned", "true", "false"), null,
                        "The memoir was imported again and the reviewed passage is in its text again", now);
            }
            if (at != review.startOffset) {
                QuotationPatch.Extent from = new QuotationPatch.Extent(review.startOffset, review.endOffset);
                QuotationPatch.Extent to = new QuotationPatch.Extent(at, at + review.body.length());
                ReviewHistory.record(review, new ReviewService.FieldChange("extent", ReviewJson.write(from),
                        ReviewJson.write(to)), null, "The memoir's text changed; the reviewed passage now stands here", now);
                review.startOffset = to.start();
                review.endOffset = to.end();
            }
            review.quotationId = place(review, memoir, previous.get(review.id));
        }
        rows.dropUnusedCitations(memoirId);
        em.flush();
        Log.infof("Reviews of memoir %s placed on its new text: %d, of which %d orphaned", memoir.slug(), stale.size(),
                orphaned);
        return stale.size();
    }

    /**
     * Puts a review's decided state on the memoir's rows: over the row that covers most of its passage and that no
     * other review stands on, else on a row made for it (under {@code preferredId} if free). A rejected quotation's
     * row is deleted. Answers the id of the quotation the review stands on now.
     */
    Long place(Review review, MemoirText memoir, Long preferredId) {
        QuotationState state = review.state();
        Set<Long> taken = new HashSet<>(Review.<Review>list("memoirId = ?1 and id <> ?2 and quotationId is not null",
                memoir.id(), review.id == null ? -1L : review.id).stream().map(r -> r.quotationId).toList());
        Span best = rows.spans(memoir.id()).stream()
                .filter(s -> !taken.contains(s.id()) && s.overlap(state.start(), state.end()) > 0)
                .max(Comparator.comparingInt((Span s) -> s.overlap(state.start(), state.end()))
                        .thenComparing(s -> -Math.abs(s.start() - state.start())))
                .orElse(null);
        if (review.status() == ReviewStatus.REJECTED) {
            if (best != null) {
                rows.delete(best.id());
            }
            // The rejected quotation keeps the address reviewers know it by (its history is read there).
            return preferredId != null ? preferredId : best == null ? null : best.id();
        }
        if (best != null) {
            long id = rows.renumber(best.id(), preferredId);
            rows.write(id, memoir, state, true);
            return id;
        }
        return rows.insert(preferredId, memoir, state);
    }
}

package app.verbatim.review;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A quotation's review and every change made to it, oldest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReviewHistoryReader {

    private final EntityManager em;
    private final ReviewViews views;

    ReviewHistoryReader(EntityManager em, ReviewViews views) {
        this.em = em;
        this.views = views;
    }

    /** Empty when there is neither such a quotation nor a review that stood on it. */
    Optional<ReviewView.History> of(long quotationId) {
        Optional<Review> review = Review.<Review>find("quotationId", quotationId).firstResultOptional();
        if (review.isPresent()) {
            Review r = review.get();
            return Optional.of(new ReviewView.History(quotationId, views.of(r), views.changes(r.id)));
        }
        boolean exists = !em.createNativeQuery("SELECT 1 FROM quotation WHERE id = ?1").setParameter(1, quotationId)
                .getResultList().isEmpty();
        return exists ? Optional.of(new ReviewView.History(quotationId, null, List.of())) : Optional.empty();
    }
}

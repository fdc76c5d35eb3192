package app.verbatim.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.verbatim.api.QuotationView;
import app.verbatim.corpus.Chapter;
import app.verbatim.corpus.Memoir;
import app.verbatim.corpus.QuotationViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reviews and their changes as the API shows them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class ReviewViews {

    ReviewView.ChangeView change(ReviewChange c) {
        return new ReviewView.ChangeView(c.version, c.changedAt, c.keyName, c.reason, c.field, ReviewJson.tree(c.oldValue),
                ReviewJson.tree(c.newValue));
    }

    List<ReviewView.ChangeView> changes(long reviewId) {
        return ReviewChange.<ReviewChange>list("reviewId = ?1 order by id", reviewId).stream().map(this::change).toList();
    }

    ReviewView of(Review r) {
        return of(List.of(r)).get(r.id);
    }

    /** Views of several reviews by review id, the memoirs read at once. */
    Map<Long, ReviewView> of(List<Review> reviews) {
        Map<Long, QuotationView.MemoirRef> memoirs = memoirs(reviews);
        return reviews.stream().collect(Collectors.toMap(r -> r.id, r -> of(r, memoirs.get(r.id))));
    }

    private ReviewView of(Review r, QuotationView.MemoirRef memoir) {
        QuotationState s = r.state();
        return new ReviewView(r.id, r.quotationId, r.status(), r.version, r.orphaned,
                !r.orphaned && r.status() != ReviewStatus.REJECTED, memoir, s.speaker(), s.speakerKind(), s.issuingBody(), s.lenin(),
                s.kind(), new QuotationView.Location(s.start(), s.end()), s.text(), ReviewView.citation(s.citation()),
                r.updatedAt);
    }

    /** By review id: the memoir and the chapter the review's passage falls in. */
    private Map<Long, QuotationView.MemoirRef> memoirs(List<Review> reviews) {
        List<Long> ids = reviews.stream().map(r -> r.memoirId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Memoir> byId = Memoir.<Memoir>list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m));
        Map<Long, List<Chapter>> chapters = Chapter.<Chapter>list("memoir.id in ?1 order by startOffset", ids).stream()
                .collect(Collectors.groupingBy(c -> c.memoir.id));
        return reviews.stream().collect(Collectors.toMap(r -> r.id, r -> QuotationViews.memoirRef(byId.get(r.memoirId),
                chapterAt(chapters.getOrDefault(r.memoirId, List.of()), r.startOffset))));
    }

    private static Chapter chapterAt(List<Chapter> chapters, int offset) {
        Chapter at = chapters.isEmpty() ? null : chapters.get(0);
        for (Chapter c : chapters) {
            if (c.startOffset <= offset) {
                at = c;
            }
        }
        return at;
    }
}

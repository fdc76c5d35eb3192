package app.verbatim.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.verbatim.api.CitationCheckView;
import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.QuotationView;
import app.verbatim.corpus.CitationCheckReader;
import app.verbatim.corpus.Quotation;
import app.verbatim.corpus.QuotationViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The quotations worth a human look, most doubtful first. Each reason carries a weight, read as the chance that
 * something is wrong with the quotation, and a quotation's doubt is the chance that at least one is:
 * 1 − ∏(1 − weight). A quotation somebody reviewed has been looked at and leaves the queue; an orphaned review (its
 * passage is no longer in the memoir) is a decision at risk and comes first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewQueue {

    /** Why a quotation is in the queue. */
    public enum Reason {
        /** The extraction inferred the speaker (confidence below 0.8); weight 1 − confidence. */
        UNCERTAIN_SPEAKER,
        /** The memoir's citation was checked against the Works and failed: another volume, other pages, not there. */
        CITATION_CHECK_FAILED,
        /**
         * Lenin's written words the Works do not hold, in a memoir that cites a volume of the Works the service has:
         * a memoir quoting from the Works should be found there. Only written words without a citation of their own
         * (a citation is checked, CITATION_CHECK_FAILED); spoken words are mostly conversation, never in the Works.
         */
        NOT_IN_WORKS,
        /** The same passage is quoted elsewhere as someone else's words. */
        SPEAKER_DIFFERS_FROM_DUPLICATES,
        /** A review whose passage is no longer in the memoir's text. */
        ORPHANED_REVIEW
    }

    static final double NOT_IN_VOLUME = 0.6;
    static final double OTHER_VOLUME = 0.5;
    static final double PAGE_MISMATCH = 0.4;
    static final double NOT_IN_WORKS = 0.3;
    static final double SPEAKER_DIFFERS = 0.7;
    /** A weight of 1 would make the product 0 whatever else holds. */
    static final double MAX_WEIGHT = 0.99;

    /** One reason with what it rests on (the confidence, the check's outcome, the other speakers). */
    public record ReasonView(Reason code, String detail) {
    }

    /** A quotation to look at, or an orphaned review: one of the two, the other absent. */
    public record Item(double doubt, List<ReasonView> reasons,
                       @JsonInclude(JsonInclude.Include.NON_NULL) QuotationView quotation,
                       @JsonInclude(JsonInclude.Include.NON_NULL) ReviewView review) {
    }

    private static final String REASONS = """
            WITH reason AS (
                SELECT q.id AS quotation_id, 'UNCERTAIN_SPEAKER' AS code,
                       LEAST(%6$s, 1 - CAST(q.confidence AS double precision)) AS weight,
                       'confidence ' || to_char(q.confidence, 'FM0.00') AS detail
                  FROM quotation q WHERE q.confidence < 0.8 %1$s
                UNION ALL
                SELECT k.quotation_id, 'CITATION_CHECK_FAILED',
                       CASE k.outcome WHEN 'NOT_IN_VOLUME' THEN %2$s WHEN 'OTHER_VOLUME' THEN %3$s ELSE %4$s END, k.outcome
                  FROM citation_check k JOIN quotation q ON q.id = k.quotation_id
                 WHERE k.outcome IN ('PAGE_MISMATCH', 'OTHER_VOLUME', 'NOT_IN_VOLUME') %1$s
                UNION ALL
                SELECT q.id, 'NOT_IN_WORKS', %5$s, NULL
                  FROM quotation q
                 WHERE q.lenin AND q.kind = 'WRITTEN' AND q.citation_id IS NULL %1$s
                   AND NOT EXISTS (SELECT 1 FROM quotation_works w WHERE w.quotation_id = q.id)
                   AND EXISTS (SELECT 1 FROM citation c JOIN works_volume v ON v.volume = c.volume
                                WHERE c.memoir_id = q.memoir_id)
                UNION ALL
                SELECT s.quotation_id, 'SPEAKER_DIFFERS_FROM_DUPLICATES', %7$s,
                       'elsewhere: ' || string_agg(DISTINCT o.speaker, ', ')
                  FROM (SELECT c.quotation_id, c.other_id FROM review_speaker_conflict c
                        UNION
                        SELECT q.id, o.id FROM quotation q
                          JOIN quotation o ON o.cluster_id = q.cluster_id AND o.id <> q.id AND o.speaker <> q.speaker
                         WHERE q.cluster_id IS NOT NULL) s
                  JOIN quotation o ON o.id = s.other_id
                  JOIN quotation q ON q.id = s.quotation_id
                 WHERE true %1$s
                 GROUP BY s.quotation_id
            ), doubtful AS (
                SELECT r.quotation_id AS id, 1 - exp(sum(ln(1 - r.weight))) AS doubt,
                       array_agg(r.code ORDER BY r.weight DESC, r.code) AS codes,
                       array_agg(r.detail ORDER BY r.weight DESC, r.code) AS details
                  FROM reason r GROUP BY r.quotation_id
            ), item AS (
                SELECT 'Q' AS what, d.id, d.doubt, d.codes, d.details, q.memoir_id, q.start_offset
                  FROM doubtful d JOIN quotation q ON q.id = d.id
                 WHERE NOT EXISTS (SELECT 1 FROM review v WHERE v.quotation_id = q.id) %8$s
                UNION ALL
                SELECT 'R', v.id, 1.0, ARRAY['ORPHANED_REVIEW'], ARRAY[CAST(NULL AS text)], v.memoir_id, v.start_offset
                  FROM review v WHERE v.orphaned %9$s
            )
            """;

    private final EntityManager em;
    private final CitationCheckReader checks;
    private final ReviewViews views;

    ReviewQueue(EntityManager em, CitationCheckReader checks, ReviewViews views) {
        this.em = em;
        this.checks = checks;
        this.views = views;
    }

    /** One page of the queue; {@code memoirId} and {@code reason} narrow it when not null. */
    public PageOf<Item> page(Long memoirId, Reason reason, Paging paging) {
        String memoirOfQuotation = memoirId == null ? "" : " AND q.memoir_id = :memoir";
        String reasonFilter = reason == null ? "" : reason == Reason.ORPHANED_REVIEW ? " AND false" : " AND :reason = ANY (d.codes)";
        String orphanFilter = (memoirId == null ? "" : " AND v.memoir_id = :memoir")
                + (reason == null || reason == Reason.ORPHANED_REVIEW ? "" : " AND false");
        String with = String.format(Locale.ROOT, REASONS, memoirOfQuotation, NOT_IN_VOLUME, OTHER_VOLUME, PAGE_MISMATCH, NOT_IN_WORKS,
                MAX_WEIGHT, SPEAKER_DIFFERS, reasonFilter, orphanFilter);
        var count = em.createNativeQuery(with + "SELECT count(*) FROM item");
        var select = em.createNativeQuery(with + """
                SELECT what, id, doubt, codes, details FROM item
                 ORDER BY doubt DESC, memoir_id, start_offset, id
                 LIMIT :limit OFFSET :offset""", Object[].class);
        if (memoirId != null) {
            count.setParameter("memoir", memoirId);
            select.setParameter("memoir", memoirId);
        }
        if (reason != null && reason != Reason.ORPHANED_REVIEW) {
            count.setParameter("reason", reason.name());
            select.setParameter("reason", reason.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> found = select.setParameter("limit", paging.size()).setParameter("offset", paging.offset())
                .getResultList();
        return new PageOf<>(items(found), paging.page(), paging.size(), total);
    }

    private List<Item> items(List<Object[]> found) {
        List<Long> quotationIds = new ArrayList<>();
        List<Long> reviewIds = new ArrayList<>();
        for (Object[] r : found) {
            ("Q".equals(r[0]) ? quotationIds : reviewIds).add(((Number) r[1]).longValue());
        }
        Map<Long, QuotationView> quotations = quotations(quotationIds);
        Map<Long, ReviewView> reviews = reviewIds.isEmpty() ? Map.of() : views.of(Review.list("id in ?1", reviewIds));
        List<Item> items = new ArrayList<>();
        for (Object[] r : found) {
            long id = ((Number) r[1]).longValue();
            String[] codes = strings(r[3]);
            String[] details = strings(r[4]);
            List<ReasonView> reasons = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                reasons.add(new ReasonView(Reason.valueOf(codes[i]), details[i]));
            }
            double doubt = Math.round(((Number) r[2]).doubleValue() * 1000) / 1000.0;
            boolean quotation = "Q".equals(r[0]);
            items.add(new Item(doubt, reasons, quotation ? quotations.get(id) : null, quotation ? null : reviews.get(id)));
        }
        return items;
    }

    private Map<Long, QuotationView> quotations(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CitationCheckView> checked = checks.of(ids);
        Map<Long, QuotationView> out = new HashMap<>();
        Quotation.<Quotation>list("from Quotation q join fetch q.memoir join fetch q.chapter left join fetch q.citation "
                        + "where q.id in ?1", ids)
                .forEach(q -> out.put(q.id, QuotationViews.of(q, checked.get(q.id), null)));
        return out;
    }

    private static String[] strings(Object array) {
        if (array instanceof String[] s) {
            return s;
        }
        Object[] values = (Object[]) array;
        return Arrays.stream(values).map(v -> v == null ? null : v.toString()).toArray(String[]::new);
    }

    /** The reasons by their names, for the filter. */
    static Map<String, Reason> reasons() {
        return Arrays.stream(Reason.values()).collect(Collectors.toMap(Enum::name, r -> r));
    }
}

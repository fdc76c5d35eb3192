package app.verbatim.citation;

import java.util.List;
import java.util.Map;

import app.verbatim.api.CitationCheckView;
import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.QuotationView;
import app.verbatim.corpus.CitationCheckReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The citation checks, filtered by outcome and memoir, in memoir and text order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CitationCheckList {

    private final EntityManager em;
    private final CitationCheckReader checks;

    CitationCheckList(EntityManager em, CitationCheckReader checks) {
        this.em = em;
        this.checks = checks;
    }

    public PageOf<CheckedQuotation> list(CitationCheckRules.Outcome outcome, Long memoirId, Paging paging) {
        String where = " WHERE (CAST(?1 AS text) IS NULL OR k.outcome = CAST(?1 AS text))"
                + " AND (CAST(?2 AS bigint) IS NULL OR q.memoir_id = CAST(?2 AS bigint))";
        String from = " FROM citation_check k JOIN quotation q ON q.id = k.quotation_id JOIN memoir m ON m.id = q.memoir_id";
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + from + where)
                .setParameter(1, outcome == null ? null : outcome.name())
                .setParameter(2, memoirId)
                .getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("SELECT q.id, q.body, m.id, m.slug, m.author, m.title, m.part" + from
                        + where + " ORDER BY m.id, q.ordinal LIMIT ?3 OFFSET ?4", Object[].class)
                .setParameter(1, outcome == null ? null : outcome.name())
                .setParameter(2, memoirId)
                .setParameter(3, paging.size())
                .setParameter(4, paging.offset())
                .getResultList();
        Map<Long, CitationCheckView> checked = checks.of(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        List<CheckedQuotation> items = rows.stream().map(r -> new CheckedQuotation(((Number) r[0]).longValue(),
                (String) r[1], new QuotationView.MemoirRef(((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], null), checked.get(((Number) r[0]).longValue()))).toList();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }
}

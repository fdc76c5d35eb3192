package app.verbatim.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.QuotationView;
import app.verbatim.corpus.Quotation;
import app.verbatim.corpus.QuotationViews;
import app.verbatim.lookup.WordingDifferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuplicateQueries {

    private static final String MEMBERS = """
            from Quotation q join fetch q.memoir join fetch q.chapter left join fetch q.citation
            where q.clusterId in ?1 order by q.clusterId, q.id""";

    private final EntityManager em;
    private final WordingDifferences wordings;

    DuplicateQueries(EntityManager em, WordingDifferences wordings) {
        this.em = em;
        this.wordings = wordings;
    }

    public PageOf<DuplicateClusterView> clusters(Paging paging) {
        long total = ((Number) em.createQuery("select count(c) from DuplicateCluster c").getSingleResult()).longValue();
        List<Long> ids = em.createQuery("select c.id from DuplicateCluster c order by c.id", Long.class)
                .setFirstResult(paging.page() * paging.size())
                .setMaxResults(paging.size())
                .getResultList();
        return new PageOf<>(views(ids), paging.page(), paging.size(), total);
    }

    public Optional<DuplicateClusterView> cluster(long id) {
        return views(List.of(id)).stream().findFirst();
    }

    private List<DuplicateClusterView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Quotation>> byCluster = new LinkedHashMap<>();
        ids.forEach(id -> byCluster.put(id, new ArrayList<>()));
        Quotation.<Quotation>find(MEMBERS, ids).list().forEach(q -> byCluster.get(q.clusterId).add(q));
        return byCluster.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> view(e.getKey(), e.getValue()))
                .toList();
    }

    private DuplicateClusterView view(long id, List<Quotation> members) {
        Quotation longest = members.stream().max(Comparator.comparingInt(q -> q.body.length())).orElseThrow();
        List<DuplicateClusterView.Member> views = members.stream()
                .map(q -> new DuplicateClusterView.Member(QuotationViews.of(q),
                        wordings.of(q.body, longest.body)))
                .toList();
        List<String> memoirs = members.stream()
                .map(q -> q.memoir.author + ", " + q.memoir.title + (q.memoir.part == null ? "" : " (" + q.memoir.part + ")"))
                .distinct().toList();
        List<String> citations = views.stream()
                .map(m -> m.quotation().citation())
                .filter(Objects::nonNull)
                .map(QuotationView.CitationView::display)
                .distinct().toList();
        return new DuplicateClusterView(id, longest.body, members.size(), memoirs, citations, citations.size() > 1, views);
    }
}

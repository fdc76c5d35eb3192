package app.verbatim.citation;

import app.verbatim.corpus.CitationCheckReader;

import app.verbatim.api.CitationCheckView;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.QuotationView;
import app.verbatim.corpus.Citation;
import app.verbatim.corpus.Quotation;
import app.verbatim.corpus.QuotationViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Citations by Works volume and page, with every memoir that makes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VolumeBrowser {

    private final EntityManager em;
    private final CitationCheckReader checks;

    VolumeBrowser(EntityManager em, CitationCheckReader checks) {
        this.em = em;
        this.checks = checks;
    }

    /** The cited volumes in ascending order, a page of them: paged like every list, though the edition has 45. */
    public PageOf<VolumeSummary> volumes(Paging paging) {
        long total = ((Number) em.createQuery("select count(distinct c.volume) from Citation c where c.volume is not null")
                .getSingleResult()).longValue();
        List<VolumeSummary> items = em.createQuery("""
                        select c.volume, count(distinct c.id), count(distinct c.memoir.id), count(q.id)
                        from Citation c left join Quotation q on q.citation = c
                        where c.volume is not null
                        group by c.volume order by c.volume""", Object[].class)
                .setFirstResult((int) paging.offset())
                .setMaxResults(paging.size())
                .getResultList()
                .stream()
                .map(r -> new VolumeSummary((Integer) r[0], (Long) r[1], (Long) r[2], (Long) r[3]))
                .toList();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public boolean isCited(int volume) {
        return Citation.count("volume", volume) > 0;
    }

    public PageOf<VolumeCitation> citations(int volume, Paging paging) {
        long total = Citation.count("volume", volume);
        List<Citation> citations = Citation.<Citation>find(
                        "from Citation c join fetch c.memoir where c.volume = ?1 order by c.firstPage, c.id", volume)
                .page(paging.page(), paging.size())
                .list();
        Map<Long, List<Quotation>> fragments = citations.isEmpty() ? Map.of() : Quotation.<Quotation>find(
                        "from Quotation q join fetch q.chapter where q.citation.id in ?1 order by q.ordinal",
                        citations.stream().map(c -> c.id).toList())
                .list()
                .stream()
                .collect(Collectors.groupingBy(q -> q.citation.id));
        Map<Long, CitationCheckView> checked = checks.of(fragments.values().stream().flatMap(List::stream)
                .map(q -> q.id).toList());
        List<VolumeCitation> items = citations.stream()
                .map(c -> view(c, fragments.getOrDefault(c.id, List.of()), checked))
                .toList();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private static VolumeCitation view(Citation c, List<Quotation> quoted, Map<Long, CitationCheckView> checked) {
        QuotationView.CitationView citation = QuotationViews.citation(c);
        QuotationView.MemoirRef memoir = QuotationViews.memoirRef(c.memoir, quoted.isEmpty() ? null : quoted.get(0).chapter);
        List<VolumeCitation.Fragment> fragments = quoted.stream()
                .map(q -> new VolumeCitation.Fragment(q.id, q.body, q.speaker, q.lenin,
                        new QuotationView.ChapterRef(q.chapter.ordinal, q.chapter.number, q.chapter.title),
                        checked.get(q.id)))
                .toList();
        return new VolumeCitation(c.id, citation.display(), c.raw, c.volume, c.firstPage, citation.pages(), c.ibid,
                memoir, fragments);
    }
}

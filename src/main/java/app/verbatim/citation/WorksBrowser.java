package app.verbatim.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.QuotationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads of the Works volumes and pages, with the memoir quotations that stand on a page or cite it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorksBrowser {

    private final EntityManager em;

    WorksBrowser(EntityManager em) {
        this.em = em;
    }

    public PageOf<WorksVolumeView> volumes(Paging paging) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM works_volume").getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT volume, period, edition, first_page, last_page, pages FROM works_volume
                         ORDER BY volume LIMIT ?1 OFFSET ?2""", Object[].class)
                .setParameter(1, paging.size())
                .setParameter(2, paging.offset())
                .getResultList();
        Map<Integer, List<WorksVolumeView.Work>> works = works(rows.stream().map(r -> (Integer) r[0]).toList());
        List<WorksVolumeView> items = rows.stream()
                .map(r -> new WorksVolumeView((Integer) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                        (Integer) r[4], (Integer) r[5], works.getOrDefault((Integer) r[0], List.of())))
                .toList();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public boolean volumeExists(int volume) {
        return !em.createNativeQuery("SELECT 1 FROM works_volume WHERE volume = ?1").setParameter(1, volume)
                .getResultList().isEmpty();
    }

    public Optional<WorksPageView> page(int volume, int page) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.pdf_page, p.body, v.period, v.edition,
                               (SELECT max(o.page) FROM works_page o WHERE o.volume = p.volume AND o.page < p.page),
                               (SELECT min(o.page) FROM works_page o WHERE o.volume = p.volume AND o.page > p.page)
                          FROM works_page p JOIN works_volume v ON v.volume = p.volume
                         WHERE p.volume = ?1 AND p.page = ?2""", Object[].class)
                .setParameter(1, volume)
                .setParameter(2, page)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        List<Object[]> stretchRows = em.createNativeQuery("""
                        SELECT start_offset, end_offset, kind, source FROM works_stretch
                         WHERE volume = ?1 AND page = ?2 ORDER BY ordinal""", Object[].class)
                .setParameter(1, volume)
                .setParameter(2, page)
                .getResultList();
        List<WorksPageView.Stretch> stretches = stretchRows.stream()
                .map(s -> new WorksPageView.Stretch((Integer) s[0], (Integer) s[1], (String) s[2], (String) s[3]))
                .toList();
        WorksVolumeView.Work work = works(List.of(volume)).getOrDefault(volume, List.of()).stream()
                .filter(w -> w.firstPage() <= page && page <= w.lastPage())
                .reduce((a, b) -> b)
                .orElse(null);
        return Optional.of(new WorksPageView(volume, page, (Integer) r[0], (String) r[2], (String) r[3], work,
                (Integer) r[4], (Integer) r[5], (String) r[1], stretches, pointers(volume, page)));
    }

    /** Memoir quotations located on the page, then those whose citation names it. */
    private List<WorksPageView.Pointer> pointers(int volume, int page) {
        List<WorksPageView.Pointer> out = new ArrayList<>();
        List<Object[]> located = em.createNativeQuery("""
                        SELECT q.id, q.body, m.id, m.slug, m.author, m.title, m.part, c.raw, c.volume
                          FROM quotation_works w
                          JOIN quotation q ON q.id = w.quotation_id
                          JOIN memoir m ON m.id = q.memoir_id
                          LEFT JOIN citation c ON c.id = q.citation_id
                         WHERE w.volume = ?1 AND w.first_page <= ?2 AND w.last_page >= ?2
                         ORDER BY q.id LIMIT 100""", Object[].class)
                .setParameter(1, volume).setParameter(2, page).getResultList();
        located.forEach(row -> out.add(pointer(row, WorksPageView.Relation.LOCATED)));
        List<Object[]> cited = em.createNativeQuery("""
                        SELECT DISTINCT q.id, q.body, m.id, m.slug, m.author, m.title, m.part, c.raw, c.volume
                          FROM citation c
                          JOIN citation_page_range r ON r.citation_id = c.id
                          JOIN quotation q ON q.citation_id = c.id
                          JOIN memoir m ON m.id = c.memoir_id
                         WHERE c.volume = ?1 AND r.first_page <= ?2 AND r.last_page >= ?2
                         ORDER BY q.id LIMIT 100""", Object[].class)
                .setParameter(1, volume).setParameter(2, page).getResultList();
        cited.forEach(row -> out.add(pointer(row, WorksPageView.Relation.CITED)));
        return out;
    }

    private static WorksPageView.Pointer pointer(Object[] row, WorksPageView.Relation relation) {
        QuotationView.MemoirRef memoir = new QuotationView.MemoirRef(((Number) row[2]).longValue(), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], null);
        return new WorksPageView.Pointer(((Number) row[0]).longValue(), relation, (String) row[1], memoir, (String) row[7]);
    }

    private Map<Integer, List<WorksVolumeView.Work>> works(List<Integer> volumes) {
        Map<Integer, List<WorksVolumeView.Work>> out = new LinkedHashMap<>();
        if (volumes.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT volume, title, first_page, last_page, editorial FROM works_work
                         WHERE volume = ANY (CAST(?1 AS int[])) ORDER BY volume, ordinal""", Object[].class)
                .setParameter(1, volumes.stream().map(String::valueOf).reduce((a, b) -> a + "," + b)
                        .map(s -> "{" + s + "}").orElse("{}"))
                .getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((Integer) r[0], v -> new ArrayList<>())
                    .add(new WorksVolumeView.Work((String) r[1], (Integer) r[2], (Integer) r[3], (Boolean) r[4]));
        }
        return out;
    }
}

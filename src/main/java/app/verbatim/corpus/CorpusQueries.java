package app.verbatim.corpus;

import app.verbatim.api.CitationCheckView;

import app.verbatim.text.WorksEdition;

import app.verbatim.api.WordDifference;
import app.verbatim.api.WordingDifference;
import app.verbatim.text.PageRange;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.verbatim.api.PageOf;
import app.verbatim.api.Paging;
import app.verbatim.api.QuotationView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads of the corpus, shaped for the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CorpusQueries {

    /** Filters of the quotation list; null means "any". */
    public record QuotationFilter(String speaker, Long memoirId, Integer volume, Boolean lenin) {
    }

    private static final String QUOTATION_WITH_REFS =
            "from Quotation q join fetch q.memoir join fetch q.chapter left join fetch q.citation ";

    private final EntityManager em;
    private final CitationCheckReader checks;

    CorpusQueries(EntityManager em, CitationCheckReader checks) {
        this.em = em;
        this.checks = checks;
    }

    public PageOf<MemoirView> memoirs(Paging paging) {
        PanacheQuery<Memoir> query = Memoir.find("order by id");
        List<Memoir> memoirs = query.page(paging.page(), paging.size()).list();
        Map<Long, long[]> counts = quotationCounts(memoirs.stream().map(m -> m.id).toList());
        List<MemoirView> views = memoirs.stream()
                .map(m -> view(m, counts.getOrDefault(m.id, new long[2]), List.of()))
                .toList();
        return new PageOf<>(views, paging.page(), paging.size(), query.count());
    }

    public Optional<MemoirView> memoir(long id) {
        return Memoir.<Memoir>findByIdOptional(id).map(m -> {
            List<MemoirView.ChapterView> chapters = Chapter.<Chapter>find("memoir.id = ?1 order by ordinal", id).list()
                    .stream()
                    .map(c -> new MemoirView.ChapterView(c.ordinal, c.number, c.title, c.startOffset, c.endOffset))
                    .toList();
            return view(m, quotationCounts(List.of(id)).getOrDefault(id, new long[2]), chapters);
        });
    }

    public Optional<QuotationView> quotation(long id) {
        return Quotation.<Quotation>find(QUOTATION_WITH_REFS + "where q.id = ?1", id)
                .firstResultOptional()
                .map(q -> QuotationViews.of(q, checks.of(List.of(id)).get(id), inWorks(id)));
    }

    /** Where the quotation stands in the Works, as the citation feature located it (quotation_works). */
    private QuotationView.InWorks inWorks(long id) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT w.volume, w.first_page, w.last_page, w.title, w.works_text, w.score, w.word_share,
                       CAST(w.differences AS text)
                  FROM quotation_works w WHERE w.quotation_id = ?1""", Object[].class)
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new QuotationView.InWorks((Integer) r[0], List.of(new PageRange((Integer) r[1], (Integer) r[2])),
                (String) r[3], WorksEdition.ENGLISH, (String) r[4], round(((Number) r[5]).doubleValue()),
                round(((Number) r[6]).doubleValue()), differences((String) r[7]));
    }

    /** Stored as the matcher made them (submitted: the memoir's words, stored: the Works'). */
    private List<WordingDifference> differences(String json) {
        try {
            return Arrays.stream(MAPPER.readValue(json, WordDifference[].class)).map(WordingDifference::of).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    public PageOf<QuotationView> quotations(QuotationFilter filter, Paging paging) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.speaker() != null) {
            where.append(" and lower(q.speaker) = :speaker");
            params.put("speaker", filter.speaker().toLowerCase());
        }
        if (filter.memoirId() != null) {
            where.append(" and q.memoir.id = :memoir");
            params.put("memoir", filter.memoirId());
        }
        if (filter.volume() != null) {
            where.append(" and q.citation.volume = :volume");
            params.put("volume", filter.volume());
        }
        if (filter.lenin() != null) {
            where.append(" and q.lenin = :lenin");
            params.put("lenin", filter.lenin());
        }
        long total = Quotation.count("from Quotation q " + where, params);
        List<Quotation> found = Quotation.<Quotation>find(QUOTATION_WITH_REFS + where + " order by q.memoir.id, q.ordinal", params)
                .page(paging.page(), paging.size())
                .list();
        Map<Long, CitationCheckView> checked = checks.of(found.stream().map(q -> q.id).toList());
        List<QuotationView> items = found.stream().map(q -> QuotationViews.of(q, checked.get(q.id), null)).toList();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public boolean memoirExists(long id) {
        return Memoir.count("id", id) > 0;
    }

    /** Per memoir: {all quotations, Lenin's}, in one grouped query. */
    private Map<Long, long[]> quotationCounts(List<Long> memoirIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (memoirIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select q.memoir.id, count(q), sum(case when q.lenin then 1 else 0 end) from Quotation q "
                        + "where q.memoir.id in :ids group by q.memoir.id", Object[].class)
                .setParameter("ids", memoirIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], new long[] {(Long) row[1], ((Number) row[2]).longValue()}));
        return counts;
    }

    private static MemoirView view(Memoir m, long[] counts, List<MemoirView.ChapterView> chapters) {
        return new MemoirView(m.id, m.slug, m.author, m.title, m.part, m.editionNote, m.origin, m.importedAt,
                counts[0], counts[1], chapters);
    }
}

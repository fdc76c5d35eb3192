package app.verbatim.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.verbatim.api.CitationCheckView;
import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads the citation checks the citation feature wrote (table citation_check) beside the citations they check,
 * for every view that shows a quotation: the quotation itself, lookup matches, the volume browse.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CitationCheckReader {

    private final EntityManager em;

    CitationCheckReader(EntityManager em) {
        this.em = em;
    }

    /** By quotation id; quotations without a check are absent. */
    public Map<Long, CitationCheckView> of(List<Long> quotationIds) {
        Map<Long, CitationCheckView> out = new HashMap<>();
        if (quotationIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT k.quotation_id, k.outcome, c.source, c.volume, c.raw,
                               ARRAY(SELECT r.first_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq),
                               ARRAY(SELECT r.last_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq),
                               k.found_volume, k.found_first_page, k.found_last_page, k.found_title, k.page_offset,
                               k.edition_basis, k.edition, k.explanation
                          FROM citation_check k JOIN citation c ON c.id = k.citation_id
                         WHERE k.quotation_id = ANY (CAST(?1 AS bigint[]))""", Object[].class)
                .setParameter(1, arrayLiteral(quotationIds))
                .getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), view(r));
        }
        return out;
    }

    static CitationCheckView view(Object[] r) {
        List<PageRange> claimedPages = PageRange.pairs((Object[]) r[5], (Object[]) r[6]);
        Integer volume = (Integer) r[3];
        String claimedDisplay = CitationFormat.display(volume, claimedPages, (String) r[4]);
        CitationCheckView.Found found = null;
        if (r[7] != null) {
            List<PageRange> foundPages = List.of(new PageRange((Integer) r[8], (Integer) r[9]));
            found = new CitationCheckView.Found((Integer) r[7], foundPages, (String) r[10],
                    CitationFormat.englishEdition((Integer) r[7], foundPages));
        }
        return new CitationCheckView((String) r[1],
                new CitationCheckView.Claimed(r[2] == null ? "Works" : (String) r[2], volume, claimedPages, claimedDisplay),
                found, (Integer) r[11], new CitationCheckView.Edition((String) r[12], (String) r[13]), (String) r[14]);
    }

    static String arrayLiteral(List<Long> ids) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < ids.size(); i++) {
            out.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return out.append('}').toString();
    }
}

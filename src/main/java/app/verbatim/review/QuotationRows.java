package app.verbatim.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import app.verbatim.match.Shingles;
import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.TextNormaliser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Reads and writes the corpus rows a review stands on: the quotation (with its lookup index, the word pairs), its
 * citation, the memoir's text. Rows rather than the corpus entities, because the importer's observers write the same
 * rows natively in the same transaction and a cached entity would go stale under them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class QuotationRows {

    /** What the attribution note of a quotation a reviewer decided says. */
    static final String REVIEWED_NOTE = "decided by a reviewer";

    /** A memoir's text and what identifies it. */
    record MemoirText(long id, String slug, String author, String body, String contentHash) {
    }

    /** Where a quotation row stands in its memoir's text. */
    record Span(long id, int start, int end) {

        int overlap(int from, int to) {
            return Math.max(0, Math.min(end, to) - Math.max(start, from));
        }
    }

    private final EntityManager em;

    QuotationRows(EntityManager em) {
        this.em = em;
    }

    /**
     * Serialises everything that writes one memoir's quotations: the importer takes the same lock, so a decision
     * never lands on rows a re-import is replacing, and two decisions about one quotation happen one after the other.
     */
    void lockMemoir(String slug) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:slug))")
                .setParameter("slug", "memoir:" + slug)
                .getSingleResult();
    }

    /** A memoir's slug: all {@link #lockMemoir} needs, without reading its text (up to millions of characters). */
    Optional<String> slug(long memoirId) {
        List<?> rows = em.createNativeQuery("SELECT slug FROM memoir WHERE id = ?1")
                .setParameter(1, memoirId)
                .getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    Optional<MemoirText> memoir(long memoirId) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, slug, author, body, content_hash FROM memoir WHERE id = ?1", Object[].class)
                .setParameter(1, memoirId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new MemoirText(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4]));
    }

    Optional<Long> memoirOf(long quotationId) {
        List<?> rows = em.createNativeQuery("SELECT memoir_id FROM quotation WHERE id = ?1")
                .setParameter(1, quotationId)
                .getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** A quotation row's state ({@link #stateOf}) and, last, its id; the caller adds the WHERE clause. */
    private static final String STATE = """
            SELECT q.speaker, q.speaker_kind, q.kind, q.start_offset, q.end_offset, q.body,
                   c.id, c.source, c.volume, c.edition, c.raw,
                   ARRAY(SELECT r.first_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq),
                   ARRAY(SELECT r.last_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq),
                   q.issuing_body, q.id
              FROM quotation q LEFT JOIN citation c ON c.id = q.citation_id""";

    /** The quotation row as it stands. */
    Optional<QuotationState> state(long quotationId) {
        List<Object[]> rows = em.createNativeQuery(STATE + " WHERE q.id = ?1", Object[].class)
                .setParameter(1, quotationId)
                .getResultList();
        return rows.stream().findFirst().map(QuotationRows::stateOf);
    }

    private static QuotationState stateOf(Object[] r) {
        return new QuotationState((String) r[0], SpeakerKind.valueOf((String) r[1]),
                (String) r[13], QuotationKind.valueOf((String) r[2]), (Integer) r[3], (Integer) r[4], (String) r[5],
                r[6] == null ? null : new ReviewCitation((String) r[7], (Integer) r[8],
                        pages((Object[]) r[11], (Object[]) r[12]), (String) r[9], (String) r[10]));
    }

    /** A quotation row's id and state. */
    record Row(long id, QuotationState state) {
    }

    /** Every quotation row of a memoir with its state, for an export. */
    List<Row> states(long memoirId) {
        List<Object[]> rows = em.createNativeQuery(STATE + " WHERE q.memoir_id = ?1 ORDER BY q.start_offset, q.id",
                        Object[].class)
                .setParameter(1, memoirId)
                .getResultList();
        return rows.stream().map(r -> new Row(((Number) r[14]).longValue(), stateOf(r))).toList();
    }

    /** Every quotation row of a memoir, in text order. */
    List<Span> spans(long memoirId) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, start_offset, end_offset FROM quotation WHERE memoir_id = ?1 ORDER BY start_offset, id",
                        Object[].class)
                .setParameter(1, memoirId)
                .getResultList();
        return rows.stream().map(r -> new Span(((Number) r[0]).longValue(), (Integer) r[1], (Integer) r[2])).toList();
    }

    /**
     * Writes the decided state over a row: text, place, index, speaker, kind, citation. A reviewer's attribution is
     * certain. The duplicate cluster is left when neither words nor speaker changed, else cleared for the
     * clusterer to find again.
     */
    void write(long quotationId, MemoirText memoir, QuotationState s, boolean reclusterNeeded) {
        Long citationId = citationFor(memoir, currentCitation(quotationId), s);
        em.createNativeQuery("""
                        UPDATE quotation
                           SET body = ?2, start_offset = ?3, end_offset = ?4, chapter_id = ?5, speaker = ?6,
                               speaker_kind = ?7, lenin = ?8, confidence = 1, attribution_note = ?9, kind = ?10,
                               shingles = CAST(?11 AS integer[]), citation_id = ?12,
                               cluster_id = CASE WHEN ?13 THEN NULL ELSE cluster_id END, issuing_body = ?14
                         WHERE id = ?1""")
                .setParameter(1, quotationId)
                .setParameter(2, s.text())
                .setParameter(3, s.start())
                .setParameter(4, s.end())
                .setParameter(5, chapterAt(memoir.id(), s.start()))
                .setParameter(6, s.speaker())
                .setParameter(7, s.speakerKind().name())
                .setParameter(8, s.lenin())
                .setParameter(9, REVIEWED_NOTE)
                .setParameter(10, s.kind().name())
                .setParameter(11, shingles(s.text()))
                .setParameter(12, typed(citationId))
                .setParameter(13, reclusterNeeded)
                .setParameter(14, typed(s.issuingBody()))
                .executeUpdate();
    }

    /**
     * A row for a decided quotation the extraction did not propose (any more): under {@code id} when that id is
     * free (the quotation keeps the address it had), else a new one; placed after the memoir's other quotations.
     */
    long insert(Long id, MemoirText memoir, QuotationState s) {
        boolean idFree = id != null && em.createNativeQuery("SELECT 1 FROM quotation WHERE id = ?1")
                .setParameter(1, id).getResultList().isEmpty();
        Long citationId = citationFor(memoir, null, s);
        Object inserted = em.createNativeQuery("""
                        INSERT INTO quotation (id, memoir_id, chapter_id, ordinal, body, start_offset, end_offset,
                                               speaker, speaker_kind, lenin, confidence, attribution_note, reporter,
                                               kind, citation_id, shingles, issuing_body)
                        VALUES (COALESCE(CAST(?1 AS bigint), nextval(pg_get_serial_sequence('quotation', 'id'))), ?2, ?3,
                                (SELECT COALESCE(max(ordinal), -1) + 1 FROM quotation WHERE memoir_id = ?2), ?4, ?5, ?6,
                                ?7, ?8, ?9, 1, ?10, ?11, ?12, ?13, CAST(?14 AS integer[]), ?15)
                        RETURNING id""")
                .setParameter(1, typed(idFree ? id : null))
                .setParameter(2, memoir.id())
                .setParameter(3, chapterAt(memoir.id(), s.start()))
                .setParameter(4, s.text())
                .setParameter(5, s.start())
                .setParameter(6, s.end())
                .setParameter(7, s.speaker())
                .setParameter(8, s.speakerKind().name())
                .setParameter(9, s.lenin())
                .setParameter(10, REVIEWED_NOTE)
                .setParameter(11, memoir.author())
                .setParameter(12, s.kind().name())
                .setParameter(13, typed(citationId))
                .setParameter(14, shingles(s.text()))
                .setParameter(15, typed(s.issuingBody()))
                .getSingleResult();
        return ((Number) inserted).longValue();
    }

    /**
     * Gives a row the id {@code wanted} when no row has it (a re-import made the row anew under another id); answers
     * the row's id now. Safe only before anything else refers to the new row: the review keeper runs first among the
     * import's observers, and the importer itself keeps no reference to its quotation ids.
     */
    long renumber(long id, Long wanted) {
        if (wanted == null || wanted == id || !em.createNativeQuery("SELECT 1 FROM quotation WHERE id = ?1")
                .setParameter(1, wanted).getResultList().isEmpty()) {
            return id;
        }
        em.createNativeQuery("UPDATE quotation SET id = ?2 WHERE id = ?1").setParameter(1, id).setParameter(2, wanted)
                .executeUpdate();
        return wanted;
    }

    /** A rejected quotation leaves the searchable rows; what it was stays in its review. */
    void delete(long quotationId) {
        em.createNativeQuery("DELETE FROM quotation WHERE id = ?1").setParameter(1, quotationId).executeUpdate();
    }

    /**
     * Where the quotation stands in the Works and its citation's check, dropped when its words, speaker or citation
     * change: the citation feature recomputes them for Lenin's quotations, and a quotation no longer Lenin's must
     * not keep them.
     */
    void forgetWorksPlace(long quotationId) {
        em.createNativeQuery("DELETE FROM quotation_works WHERE quotation_id = ?1").setParameter(1, quotationId).executeUpdate();
        em.createNativeQuery("DELETE FROM citation_check WHERE quotation_id = ?1").setParameter(1, quotationId).executeUpdate();
    }

    /**
     * Citations no quotation refers to any more (a reviewer replaced or removed one). The importer stores a citation
     * only with a quotation that claims it, and the volume browse lists every citation row.
     */
    void dropUnusedCitations(long memoirId) {
        em.createNativeQuery("""
                        DELETE FROM citation c
                         WHERE c.memoir_id = ?1 AND NOT EXISTS (SELECT 1 FROM quotation q WHERE q.citation_id = c.id)""")
                .setParameter(1, memoirId)
                .executeUpdate();
    }

    private Long currentCitation(long quotationId) {
        List<?> rows = em.createNativeQuery("SELECT citation_id FROM quotation WHERE id = ?1")
                .setParameter(1, quotationId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
    }

    /**
     * The citation row for a decided citation: the row the quotation has when it makes the same claim (an extracted
     * citation keeps its place in the text and its printed words), else a new row of the memoir, placed at the end of
     * the quotation. A citation row may be shared by several quotations, so it is never changed in place.
     */
    private Long citationFor(MemoirText memoir, Long current, QuotationState s) {
        ReviewCitation wanted = s.citation();
        if (wanted == null) {
            return null;
        }
        if (current != null && wanted.sameClaim(citation(current))) {
            return current;
        }
        Integer firstPage = wanted.pages().stream().map(PageRange::first).min(Integer::compare).orElse(null);
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO citation (memoir_id, ordinal, raw, volume, first_page, ibid, start_offset, end_offset,
                                              source, edition)
                        VALUES (?1, (SELECT COALESCE(max(ordinal), -1) + 1 FROM citation WHERE memoir_id = ?1), ?2, ?3, ?4,
                                false, ?5, ?5, ?6, ?7)
                        RETURNING id""")
                .setParameter(1, memoir.id())
                .setParameter(2, wanted.raw())
                .setParameter(3, typed(wanted.volume()))
                .setParameter(4, typed(firstPage))
                .setParameter(5, s.end())
                .setParameter(6, typed(wanted.source()))
                .setParameter(7, typed(wanted.edition()))
                .getSingleResult()).longValue();
        for (int i = 0; i < wanted.pages().size(); i++) {
            em.createNativeQuery("INSERT INTO citation_page_range (citation_id, seq, first_page, last_page) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, id)
                    .setParameter(2, i)
                    .setParameter(3, wanted.pages().get(i).first())
                    .setParameter(4, wanted.pages().get(i).last())
                    .executeUpdate();
        }
        return id;
    }

    private ReviewCitation citation(long citationId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT c.source, c.volume, c.edition, c.raw,
                               ARRAY(SELECT r.first_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq),
                               ARRAY(SELECT r.last_page FROM citation_page_range r WHERE r.citation_id = c.id ORDER BY r.seq)
                          FROM citation c WHERE c.id = ?1""", Object[].class)
                .setParameter(1, citationId)
                .getSingleResult();
        return new ReviewCitation((String) r[0], (Integer) r[1], pages((Object[]) r[4], (Object[]) r[5]), (String) r[2],
                (String) r[3]);
    }

    /** The chapter a position falls in: the last one starting at or before it (the first, before any). */
    private long chapterAt(long memoirId, int offset) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id FROM chapter WHERE memoir_id = ?1
                         ORDER BY (start_offset <= ?2) DESC, CASE WHEN start_offset <= ?2 THEN -start_offset ELSE start_offset END
                         LIMIT 1""")
                .setParameter(1, memoirId)
                .setParameter(2, offset)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Memoir " + memoirId + " has no chapter");
        }
        return ((Number) rows.get(0)).longValue();
    }

    /** Nulls bound with their type: an untyped null parameter reaches PostgreSQL as bytea. */
    private static TypedParameterValue<Long> typed(Long value) {
        return new TypedParameterValue<>(StandardBasicTypes.LONG, value);
    }

    private static TypedParameterValue<Integer> typed(Integer value) {
        return new TypedParameterValue<>(StandardBasicTypes.INTEGER, value);
    }

    private static TypedParameterValue<String> typed(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    /** The lookup index of a text: its word pairs, normalised as the importer and a lookup do. */
    private static String shingles(String text) {
        return Arrays.stream(Shingles.of(TextNormaliser.tokenize(text)))
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "{", "}"));
    }

    static List<PageRange> pages(Object[] firsts, Object[] lasts) {
        List<PageRange> pages = new ArrayList<>();
        for (int i = 0; i < firsts.length; i++) {
            pages.add(new PageRange(((Number) firsts[i]).intValue(), ((Number) lasts[i]).intValue()));
        }
        return pages;
    }
}

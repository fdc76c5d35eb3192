package app.verbatim.lookup;

import app.verbatim.corpus.CitationCheckReader;

import app.verbatim.api.CitationCheckView;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import app.verbatim.api.QuotationView;
import app.verbatim.corpus.QuotationViews;
import app.verbatim.text.PageRange;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What an answer shows about the stored passages it names: wording, speaker, memoir, chapter,
 * citation and duplicate cluster. One SQL query per table for a whole batch, read straight from
 * JDBC: through Hibernate, translating the varying {@code in (...)} lists and the lazy page ranges
 * of each citation cost more than everything else a lookup does (profiled under load).
 */
@ApplicationScoped
public class PassageDetails {

    /** A stored quotation as a match or a duplicate shows it. */
    public record StoredQuotation(long id, String body, String speaker, boolean lenin, Long clusterId,
                                  QuotationView.MemoirRef memoir, QuotationView.CitationView citation,
                                  CitationCheckView check, LocatedInWorks works) {
    }

    /**
     * Where a Lenin quotation of a memoir was located in the Works (by the citation feature, in the volume its
     * citation names first): volume, printed pages, the work, and the Works' wording of the passage.
     */
    public record LocatedInWorks(int volume, int firstPage, int lastPage, String title, String text) {
    }

    /** A stretch of a memoirist's own narration. */
    public record StoredNarration(long id, String body, String author, QuotationView.MemoirRef memoir) {
    }

    /** The quotations asked for and every quotation in the same duplicate cluster as one of them. */
    private static final String QUOTATIONS = """
            SELECT q.id, q.body, q.speaker, q.lenin, q.cluster_id,
                   m.id, m.slug, m.author, m.title, m.part, c.ordinal, c.number, c.title,
                   ci.id, ci.raw, ci.volume, ci.ibid,
                   ARRAY(SELECT p.first_page FROM citation_page_range p WHERE p.citation_id = ci.id ORDER BY p.seq),
                   ARRAY(SELECT p.last_page FROM citation_page_range p WHERE p.citation_id = ci.id ORDER BY p.seq),
                   ci.source, ci.edition,
                   qw.volume, qw.first_page, qw.last_page, qw.title, qw.works_text
              FROM quotation q
              JOIN memoir m ON m.id = q.memoir_id
              JOIN chapter c ON c.id = q.chapter_id
              LEFT JOIN citation ci ON ci.id = q.citation_id
              LEFT JOIN quotation_works qw ON qw.quotation_id = q.id
             WHERE q.id IN (SELECT unnest(?::bigint[])
                            UNION
                            SELECT o.id
                              FROM quotation s
                              JOIN quotation o ON o.cluster_id = s.cluster_id
                             WHERE s.id = ANY (?::bigint[]))
             ORDER BY q.id
            """;

    private static final String NARRATION = """
            SELECT n.id, n.body, m.id, m.slug, m.author, m.title, m.part, c.ordinal, c.number, c.title
              FROM narration n
              JOIN memoir m ON m.id = n.memoir_id
              JOIN chapter c ON c.id = n.chapter_id
             WHERE n.id = ANY (?::bigint[])
            """;

    private final DataSource dataSource;
    private final CitationCheckReader checks;

    PassageDetails(DataSource dataSource, CitationCheckReader checks) {
        this.dataSource = dataSource;
        this.checks = checks;
    }

    /** By id: the quotations asked for, and their cluster mates. */
    public Map<Long, StoredQuotation> quotations(Collection<Long> ids) {
        Map<Long, StoredQuotation> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUOTATIONS)) {
            Array idArray = connection.createArrayOf("bigint", ids.toArray());
            statement.setArray(1, idArray);
            statement.setArray(2, idArray);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long citationId = row.getLong(14);
                    QuotationView.CitationView citation = row.wasNull() ? null : QuotationViews.citation(citationId,
                            row.getString(15), row.getString(20), (Integer) row.getObject(16),
                            PageRange.pairs((Object[]) row.getArray(18).getArray(), (Object[]) row.getArray(19).getArray()),
                            row.getString(21), row.getBoolean(17));
                    int worksVolume = row.getInt(22);
                    LocatedInWorks works = row.wasNull() ? null : new LocatedInWorks(worksVolume, row.getInt(23),
                            row.getInt(24), row.getString(25), row.getString(26));
                    long clusterId = row.getLong(5);
                    StoredQuotation q = new StoredQuotation(row.getLong(1), row.getString(2), row.getString(3),
                            row.getBoolean(4), row.wasNull() ? null : clusterId, memoir(row, 6), citation, null, works);
                    found.put(q.id(), q);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading matched quotations failed", e);
        }
        Map<Long, CitationCheckView> checked = checks.of(List.copyOf(found.keySet()));
        found.replaceAll((id, q) -> new StoredQuotation(q.id(), q.body(), q.speaker(), q.lenin(), q.clusterId(),
                q.memoir(), q.citation(), checked.get(id), q.works()));
        return found;
    }

    /** A place in the Works: a volume and printed pages. */
    public record WorksPlace(int volume, int firstPage, int lastPage) {
    }

    /**
     * The memoir quotations located at each place in the Works (by the citation feature), at most
     * {@code perPlace} each: the memoirs' own translations of a passage found in the Works.
     */
    public Map<WorksPlace, List<Long>> quotationsLocatedAt(List<WorksPlace> places, int perPlace) {
        Map<WorksPlace, List<Long>> found = new HashMap<>();
        if (places.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT p.i, l.quotation_id
                       FROM unnest(?::int[], ?::int[], ?::int[]) WITH ORDINALITY AS p(volume, first_page, last_page, i)
                       CROSS JOIN LATERAL (SELECT w.quotation_id FROM quotation_works w
                                            WHERE w.volume = p.volume AND w.first_page <= p.last_page
                                              AND w.last_page >= p.first_page
                                            ORDER BY w.quotation_id LIMIT ?) l""")) {
            statement.setArray(1, connection.createArrayOf("integer", places.stream().map(WorksPlace::volume).toArray()));
            statement.setArray(2, connection.createArrayOf("integer", places.stream().map(WorksPlace::firstPage).toArray()));
            statement.setArray(3, connection.createArrayOf("integer", places.stream().map(WorksPlace::lastPage).toArray()));
            statement.setInt(4, perPlace);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.computeIfAbsent(places.get(row.getInt(1) - 1), k -> new ArrayList<>()).add(row.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the quotations located in the Works failed", e);
        }
        return found;
    }

    /** By id. */
    public Map<Long, StoredNarration> narration(Collection<Long> ids) {
        Map<Long, StoredNarration> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(NARRATION)) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    QuotationView.MemoirRef memoir = memoir(row, 3);
                    found.put(row.getLong(1), new StoredNarration(row.getLong(1), row.getString(2), memoir.author(), memoir));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading matched narration failed", e);
        }
        return found;
    }

    /** Memoir id, slug, author, title, part, then chapter ordinal, number, title, from column {@code at}. */
    private static QuotationView.MemoirRef memoir(ResultSet row, int at) throws SQLException {
        return new QuotationView.MemoirRef(row.getLong(at), row.getString(at + 1), row.getString(at + 2),
                row.getString(at + 3), row.getString(at + 4),
                new QuotationView.ChapterRef(row.getInt(at + 5), (Integer) row.getObject(at + 6), row.getString(at + 7)));
    }
}

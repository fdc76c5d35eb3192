package app.verbatim.lookup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the stored passages that share the most word pairs with each submission, through the GIN
 * indexes on the shingle arrays. Many submissions go in one round trip (a draft's quotations).
 */
@ApplicationScoped
public class CandidateFinder {

    public enum Source { QUOTATION, NARRATION }

    /** A stored passage sharing pairs with a submission, with what screening and alignment need. */
    public record Candidate(int submission, Source source, long id, int sharedPairs, String body, boolean lenin) {
    }

    /*
     * For each submission, the quotations and the narration passages sharing the most word pairs with
     * it. Each submission's pairs come as two int[] written as text, so a whole batch binds as two
     * text[]: the probe (its less common pairs, which `&&` looks up in the GIN index) and all its
     * pairs (by which icount(a & b) ranks the rows the probe found). The casts happen once, in the
     * CTE; inside the lateral query they were repeated for every row visited.
     */
    private static final String QUERY = """
            WITH submission AS MATERIALIZED (
                SELECT s.i, s.probe::int[] AS probe, p.pairs::int[] AS pairs
                  FROM unnest(?::text[]) WITH ORDINALITY AS s(probe, i)
                  JOIN unnest(?::text[]) WITH ORDINALITY AS p(pairs, i) USING (i)
            )
            SELECT s.i, c.source, c.id, c.shared, c.body, c.lenin
            FROM submission s
            CROSS JOIN LATERAL (
                (SELECT 'Q' AS source, q.id, icount(q.shingles & s.pairs) AS shared, q.body, q.lenin
                   FROM quotation q
                  WHERE q.shingles && s.probe
                  ORDER BY shared DESC, q.id
                  LIMIT ?)
                UNION ALL
                (SELECT 'N', n.id, icount(n.shingles & s.pairs), n.body, false
                   FROM narration n
                  WHERE n.shingles && s.probe
                  ORDER BY 3 DESC, 2
                  LIMIT ?)
            ) c
            """;

    private final DataSource dataSource;
    private final CommonPairs commonPairs;

    CandidateFinder(DataSource dataSource, CommonPairs commonPairs) {
        this.dataSource = dataSource;
        this.commonPairs = commonPairs;
    }

    /**
     * Candidates per submission, in the order of {@code shingleSets} (each submission's distinct pairs
     * in text order, {@link Shingles#inTextOrder}); an empty set finds nothing.
     */
    public List<List<Candidate>> find(List<int[]> shingleSets, int perSource) {
        List<List<Candidate>> found = new ArrayList<>();
        shingleSets.forEach(s -> found.add(new ArrayList<>()));
        String[] probes = shingleSets.stream().map(commonPairs::probe).map(CandidateFinder::arrayLiteral).toArray(String[]::new);
        String[] pairs = shingleSets.stream().map(CandidateFinder::arrayLiteral).toArray(String[]::new);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setArray(1, connection.createArrayOf("text", probes));
            statement.setArray(2, connection.createArrayOf("text", pairs));
            statement.setInt(3, perSource);
            statement.setInt(4, perSource);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int index = rows.getInt(1) - 1;
                    Source source = "Q".equals(rows.getString(2)) ? Source.QUOTATION : Source.NARRATION;
                    found.get(index).add(new Candidate(index, source, rows.getLong(3), rows.getInt(4),
                            rows.getString(5), rows.getBoolean(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Candidate search failed", e);
        }
        return found;
    }

    /** Lenin quotations sharing pairs with this one, for finding duplicates at import. */
    public List<Long> leninQuotationsSharing(long quotationId, int limit) {
        String sql = """
                SELECT o.id
                  FROM quotation q
                  JOIN quotation o ON o.shingles && q.shingles AND o.id <> q.id AND o.lenin
                 WHERE q.id = ?
                 ORDER BY icount(o.shingles & q.shingles) DESC, o.id
                 LIMIT ?""";
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, quotationId);
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Duplicate candidate search failed", e);
        }
        return ids;
    }

    private static String arrayLiteral(int[] pairs) {
        return Arrays.stream(pairs).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }
}

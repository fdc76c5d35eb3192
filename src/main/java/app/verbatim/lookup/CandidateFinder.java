package app.verbatim.lookup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import app.verbatim.match.Shingles;
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
     * it. A whole batch binds as two text[]: per submission the probe, a query_int over its less common
     * pairs that the GIN index answers (ProbeQuery), and all its pairs as an int[] literal, by which
     * icount(a & b) ranks the rows the probe found. The casts happen once, in the CTE; inside the
     * lateral query they were repeated for every row visited.
     */
    private static final String QUERY = """
            WITH submission AS MATERIALIZED (
                SELECT s.i, s.probe::query_int AS probe, p.pairs::int[] AS pairs
                  FROM unnest(?::text[]) WITH ORDINALITY AS s(probe, i)
                  JOIN unnest(?::text[]) WITH ORDINALITY AS p(pairs, i) USING (i)
            )
            SELECT s.i, c.source, c.id, c.shared, c.body, c.lenin
            FROM submission s
            CROSS JOIN LATERAL (
                (SELECT 'Q' AS source, q.id, icount(q.shingles & s.pairs) AS shared, q.body, q.lenin
                   FROM quotation q
                  WHERE q.shingles @@ s.probe
                  ORDER BY shared DESC, q.id
                  LIMIT ?)
                UNION ALL
                (SELECT 'N', n.id, icount(n.shingles & s.pairs), n.body, false
                   FROM narration n
                  WHERE n.shingles @@ s.probe
                  ORDER BY 3 DESC, 2
                  LIMIT ?)
            ) c
            """;

    private final DataSource dataSource;
    private final CommonPairs commonPairs;
    private final int probePairs;
    private final int widenedProbePairs;

    CandidateFinder(DataSource dataSource, CommonPairs commonPairs, LookupConfig config) {
        this.dataSource = dataSource;
        this.commonPairs = commonPairs;
        this.probePairs = config.probePairs();
        this.widenedProbePairs = config.widenedProbePairs();
    }

    /**
     * Candidates per submission, in the order of {@code shingleSets} (each submission's distinct pairs
     * in text order, {@link Shingles#inTextOrder}); an empty set finds nothing.
     *
     * <p>First only passages holding two of a submission's few probe pairs. Where none of those shares
     * half the submission's pairs (a fragment much changed or mistyped, or nothing in the corpus at
     * all), the search is widened: more probe pairs, any one of which a passage may hold.
     */
    public List<List<Candidate>> find(List<int[]> shingleSets, int perSource) {
        List<int[]> probes = shingleSets.stream().map(s -> commonPairs.probe(s, probePairs)).toList();
        // sorted: intarray's & sorts both sides for every row it ranks, quickest on sorted input
        List<String> pairs = shingleSets.stream().map(s -> arrayLiteral(Arrays.stream(s).sorted().toArray())).toList();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY)) {
            List<Integer> all = IntStream.range(0, shingleSets.size()).boxed().toList();
            List<List<Candidate>> found = query(statement, all, probes.stream().map(ProbeQuery::atLeastTwo).toList(),
                    pairs, perSource);
            List<Integer> widen = new ArrayList<>();
            List<String> widerProbes = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                int best = found.get(i).stream().mapToInt(Candidate::sharedPairs).max().orElse(0);
                if (2 * best >= shingleSets.get(i).length) {
                    continue;
                }
                int[] wider = commonPairs.probe(shingleSets.get(i), widenedProbePairs);
                // a probe of one pair was already "any one of them"
                if (wider.length >= 2) {
                    widen.add(i);
                    widerProbes.add(ProbeQuery.anyOf(wider));
                }
            }
            if (!widen.isEmpty()) {
                List<List<Candidate>> wider = query(statement, widen, widerProbes,
                        widen.stream().map(pairs::get).toList(), perSource);
                for (int w = 0; w < widen.size(); w++) {
                    found.set(widen.get(w), wider.get(w));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Candidate search failed", e);
        }
    }

    /** Candidates for the given submissions (by their index in the batch), one probe and pair set each. */
    private static List<List<Candidate>> query(PreparedStatement statement, List<Integer> submissions,
                                               List<String> probes, List<String> pairs, int perSource)
            throws SQLException {
        List<List<Candidate>> found = new ArrayList<>();
        submissions.forEach(s -> found.add(new ArrayList<>()));
        Connection connection = statement.getConnection();
        statement.setArray(1, connection.createArrayOf("text", probes.toArray()));
        statement.setArray(2, connection.createArrayOf("text", pairs.toArray()));
        statement.setInt(3, perSource);
        statement.setInt(4, perSource);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int row = rows.getInt(1) - 1;
                Source source = "Q".equals(rows.getString(2)) ? Source.QUOTATION : Source.NARRATION;
                found.get(row).add(new Candidate(submissions.get(row), source, rows.getLong(3), rows.getInt(4),
                        rows.getString(5), rows.getBoolean(6)));
            }
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

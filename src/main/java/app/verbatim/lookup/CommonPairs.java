package app.verbatim.lookup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The word pairs common enough in the corpus that probing the index with them would fetch a large
 * share of it. Read from PostgreSQL's element statistics on the shingle columns (kept by ANALYZE and
 * autovacuum) and refreshed every few minutes: derived from the database, so every instance holds
 * the same and rebuilds it on its own.
 */
@ApplicationScoped
public class CommonPairs {

    /** A pair in more than this share of passages is common. */
    static final double COMMON_SHARE = 0.001;
    static final long REFRESH_NANOS = 5L * 60 * 1_000_000_000;

    private static final String QUERY = """
            SELECT most_common_elems::text, most_common_elem_freqs
              FROM pg_stats
             WHERE schemaname = current_schema() AND tablename IN ('quotation', 'narration')
               AND attname = 'shingles' AND most_common_elems IS NOT NULL""";

    private final DataSource dataSource;
    private volatile Set<Integer> common = Set.of();
    private volatile long loadedAt = Long.MIN_VALUE;

    CommonPairs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pairs to probe the index with: the uncommon ones, or all when every pair is common. */
    public int[] probe(int[] pairs) {
        Set<Integer> known = current();
        int[] rare = Arrays.stream(pairs).filter(p -> !known.contains(p)).toArray();
        return rare.length > 0 ? rare : pairs;
    }

    private Set<Integer> current() {
        if (System.nanoTime() - loadedAt > REFRESH_NANOS || loadedAt == Long.MIN_VALUE) {
            refresh();
        }
        return common;
    }

    private synchronized void refresh() {
        if (loadedAt != Long.MIN_VALUE && System.nanoTime() - loadedAt <= REFRESH_NANOS) {
            return;
        }
        Set<Integer> found = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String elems = rows.getString(1);
                Float[] freqs = (Float[]) rows.getArray(2).getArray();
                String[] values = elems.substring(1, elems.length() - 1).split(",");
                for (int i = 0; i < values.length && i < freqs.length; i++) {
                    if (freqs[i] > COMMON_SHARE) {
                        found.add(Integer.valueOf(values[i]));
                    }
                }
            }
            common = Set.copyOf(found);
        } catch (SQLException | RuntimeException e) {
            // Without statistics every pair probes the index: slower on a large corpus, never wrong.
            Log.warnf("Could not read pair statistics: %s", e.getMessage());
        }
        loadedAt = System.nanoTime();
    }
}

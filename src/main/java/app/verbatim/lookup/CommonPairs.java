package app.verbatim.lookup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The word pairs common enough in the corpus that probing the index with them would fetch a large
 * share of it. Read from PostgreSQL's element statistics on the shingle columns (kept by ANALYZE and
 * autovacuum) and refreshed every 30 seconds: derived from the database, so every instance holds
 * the same and rebuilds it on its own.
 */
@ApplicationScoped
public class CommonPairs {

    /** A pair in more than this share of passages is common. */
    static final double COMMON_SHARE = 0.001;
    /** Pairs probed when all of a submission's pairs are common: its least common ones. */
    static final int FALLBACK_PAIRS = 3;
    /** Two rows of pg_stats: cheap enough to re-read often, so a large import is probed well soon after. */
    static final long REFRESH_NANOS = 30L * 1_000_000_000;

    private static final String QUERY = """
            SELECT most_common_elems::text, most_common_elem_freqs
              FROM pg_stats
             WHERE schemaname = current_schema() AND tablename IN ('quotation', 'narration')
               AND attname = 'shingles' AND most_common_elems IS NOT NULL""";

    private final DataSource dataSource;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Share of passages holding each common pair. */
    private volatile Map<Integer, Float> common = Map.of();
    private volatile long loadedAt = Long.MIN_VALUE;

    CommonPairs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The pairs to probe the index with, from a submission's pairs in text order: the uncommon ones,
     * at most {@code maxProbe} of them taken evenly along the text; when every pair is common, the
     * few least common (probing with all of them would fetch a large share of the corpus).
     *
     * <p>Every pair probed costs the database a visit to each passage holding it, and a passage that
     * matches shares nearly all of a submission's pairs: a handful spread over the whole submission
     * still finds it, including when it covers only part of the submission. Ranking uses all pairs.
     */
    public int[] probe(int[] pairsInTextOrder, int maxProbe) {
        Map<Integer, Float> known = current();
        int[] rare = Arrays.stream(pairsInTextOrder).filter(p -> !known.containsKey(p)).toArray();
        if (rare.length > maxProbe) {
            return spread(rare, maxProbe);
        }
        if (rare.length > 0) {
            return rare;
        }
        return Arrays.stream(pairsInTextOrder).boxed()
                .sorted(Comparator.comparing((Integer p) -> known.get(p)))
                .limit(FALLBACK_PAIRS)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** {@code count} of the values, evenly spaced, the first and the last among them. */
    static int[] spread(int[] values, int count) {
        if (count == 1) {
            return new int[] {values[values.length / 2]};
        }
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            chosen[i] = values[(int) Math.round(i * (values.length - 1) / (double) (count - 1))];
        }
        return chosen;
    }

    /**
     * The statistics, re-read when stale by one request while the others go on with the previous
     * ones: a request never waits for another's refresh.
     */
    private Map<Integer, Float> current() {
        if (System.nanoTime() - loadedAt > REFRESH_NANOS || loadedAt == Long.MIN_VALUE) {
            if (refreshing.compareAndSet(false, true)) {
                try {
                    refresh();
                } finally {
                    refreshing.set(false);
                }
            }
        }
        return common;
    }

    private void refresh() {
        Map<Integer, Float> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(QUERY);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String elems = rows.getString(1);
                Float[] freqs = (Float[]) rows.getArray(2).getArray();
                String[] values = elems.substring(1, elems.length() - 1).split(",");
                for (int i = 0; i < values.length && i < freqs.length; i++) {
                    if (freqs[i] > COMMON_SHARE) {
                        found.merge(Integer.valueOf(values[i]), freqs[i], Math::max);
                    }
                }
            }
            common = Map.copyOf(found);
        } catch (SQLException | RuntimeException e) {
            // Without statistics every pair probes the index: slower on a large corpus, never wrong.
            Log.warnf("Could not read pair statistics: %s", e.getMessage());
        }
        loadedAt = System.nanoTime();
    }
}

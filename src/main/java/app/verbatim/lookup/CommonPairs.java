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
 * The word pairs common enough in the corpus that probing the index with them would make the
 * database read many passages. Read from PostgreSQL's element statistics on the shingle columns
 * (kept by ANALYZE and autovacuum) and the tables' row estimates, refreshed every
 * {@code verbatim.lookup.statistics-refresh}: derived from the database, so every instance holds the
 * same and rebuilds it on its own.
 */
@ApplicationScoped
public class CommonPairs {

    /** Pairs probed when all of a submission's pairs are common: its least common ones. */
    static final int FALLBACK_PAIRS = 3;

    /** Element frequencies are shares of the table's rows; reltuples is the row estimate ANALYZE left. */
    private static final String QUERY = """
            SELECT s.most_common_elems::text, s.most_common_elem_freqs, c.reltuples
              FROM pg_stats s
              JOIN pg_class c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
             WHERE s.schemaname = current_schema() AND s.tablename IN ('quotation', 'narration')
               AND s.attname = 'shingles' AND s.most_common_elems IS NOT NULL""";

    private final DataSource dataSource;
    private final long refreshNanos;
    private final int commonPassages;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Estimated passages holding each common pair, in the table where it is commonest. */
    private volatile Map<Integer, Float> common = Map.of();
    private volatile long loadedAt = Long.MIN_VALUE;

    CommonPairs(DataSource dataSource, LookupConfig config) {
        this.dataSource = dataSource;
        this.refreshNanos = config.statisticsRefresh().toNanos();
        this.commonPassages = config.commonPairPassages();
    }

    /**
     * The pairs to probe the index with first, from a submission's pairs in text order: the uncommon
     * ones, at most {@code maxProbe} of them taken evenly along the text; when every pair is common,
     * the few least common (probing with all of them would read a large share of the corpus).
     *
     * <p>Every pair probed costs the database a visit to each passage holding it, and a passage that
     * matches shares nearly all of a submission's pairs: a handful spread over the whole submission
     * still finds it, including when it covers only part of the submission. Ranking uses all pairs.
     */
    public int[] probe(int[] pairsInTextOrder, int maxProbe) {
        return probe(pairsInTextOrder, current(), maxProbe);
    }

    /** @param known estimated passages holding each common pair */
    static int[] probe(int[] pairsInTextOrder, Map<Integer, Float> known, int maxProbe) {
        int[] rare = rare(pairsInTextOrder, known, maxProbe);
        return rare.length > 0 ? rare : leastCommon(pairsInTextOrder, known);
    }

    private static int[] rare(int[] pairsInTextOrder, Map<Integer, Float> known, int maxProbe) {
        int[] rare = Arrays.stream(pairsInTextOrder).filter(p -> !known.containsKey(p)).toArray();
        return rare.length > maxProbe ? spread(rare, maxProbe) : rare;
    }

    private static int[] leastCommon(int[] pairsInTextOrder, Map<Integer, Float> known) {
        return Arrays.stream(pairsInTextOrder).filter(known::containsKey).boxed()
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
    /** How many pairs the statistics now call common (what the probes avoid). */
    public int known() {
        return current().size();
    }

    private Map<Integer, Float> current() {
        if (loadedAt == Long.MIN_VALUE || System.nanoTime() - loadedAt > refreshNanos) {
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
                float passages = rows.getFloat(3);
                String[] values = elems.substring(1, elems.length() - 1).split(",");
                for (int i = 0; i < values.length && i < freqs.length; i++) {
                    float holding = freqs[i] * passages;
                    if (holding > commonPassages) {
                        found.merge(Integer.valueOf(values[i]), holding, Math::max);
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

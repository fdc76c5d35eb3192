package app.verbatim.lookup;

import java.util.StringJoiner;

/**
 * A probe as an intarray {@code query_int}, the boolean query the GIN index answers by itself.
 *
 * <p>Every passage the index returns costs PostgreSQL a heap visit and an array intersection to rank
 * it; the posting lists it merges to decide cost next to nothing. A passage a submission was taken
 * from holds most of its pairs, so asking for two probe pairs together turns away the passages that
 * merely share one phrase before they are read. On the evaluation set at 100,000 quotations it cut
 * the passages read from 65,097 to 17,684 with no verdict changed; where it finds nothing close,
 * {@link CandidateFinder} widens the search (BENCHMARKS.md).
 */
final class ProbeQuery {

    private ProbeQuery() {
    }

    /** Passages holding at least two of the pairs; with fewer than two pairs, any of them. */
    static String atLeastTwo(int[] pairs) {
        if (pairs.length < 2) {
            return anyOf(pairs);
        }
        StringJoiner query = new StringJoiner("|");
        for (int i = 0; i < pairs.length; i++) {
            for (int j = i + 1; j < pairs.length; j++) {
                query.add("(" + pairs[i] + "&" + pairs[j] + ")");
            }
        }
        return query.toString();
    }

    /** Passages holding any of the pairs; an empty set of pairs matches nothing. */
    static String anyOf(int[] pairs) {
        if (pairs.length == 0) {
            return NOTHING;
        }
        StringJoiner query = new StringJoiner("|");
        for (int pair : pairs) {
            query.add(Integer.toString(pair));
        }
        return query.toString();
    }

    /** query_int cannot be empty; no stored passage holds both a pair and not that pair. */
    static final String NOTHING = "0&!0";
}

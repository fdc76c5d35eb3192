package app.verbatim.lookup;

import java.time.Duration;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

@ConfigMapping(prefix = "verbatim.lookup")
public interface LookupConfig {

    /** The longest submission accepted, in characters; longer ones are answered 413. */
    @WithDefault("5000")
    int maxChars();

    /** The fewest words a submission must have: shorter ones match too much to mean anything. */
    @WithDefault("3")
    int minWords();

    /** Matches returned when the request names no limit. */
    @WithDefault("5")
    int defaultLimit();

    /** The most matches a request may ask for. */
    @WithDefault("20")
    int maxLimit();

    /**
     * The most uncommon word pairs of a submission the index is probed with first, taken evenly along
     * it; a passage must hold two of them (ProbeQuery). Ranking uses all pairs. More cost the database
     * more: the index evaluates every pair of probe pairs (BENCHMARKS.md).
     */
    @WithDefault("4")
    @Min(1)
    int probePairs();

    /**
     * When no passage found first shares half the submission's pairs (a fragment much changed or
     * mistyped, or nothing in the corpus), the index is probed again with up to this many uncommon
     * pairs, any one of which a passage may hold: a mistyped word breaks the two pairs it is in, and
     * a few pairs taken along such a text may all be broken ones.
     */
    @WithDefault("8")
    @Min(1)
    int widenedProbePairs();

    /**
     * How often the pair statistics (CommonPairs) are re-read from PostgreSQL: two rows of pg_stats,
     * cheap enough to read often, so a large import is probed well soon after autovacuum analyses it.
     */
    @WithDefault("30s")
    Duration statisticsRefresh();

    /**
     * A word pair held by more passages than this (in one table) is common and not probed: a count, not
     * a share, since what a probe costs is the passages read and in a small corpus every pair is a sizeable share.
     */
    @WithDefault("100")
    @Min(1)
    int commonPairPassages();

    /** Candidate passages fetched from the index per submission, per table, before alignment. */
    @WithDefault("16")
    int candidates();

    /** Of those, the most that are aligned word by word, after a cheap screen by shared content words. */
    @WithDefault("5")
    int aligned();

    /**
     * Words of candidate passages kept read (tokenised and normalised) between requests, summed over
     * passages; about 100 bytes each. A cache only: each instance fills its own from the database.
     */
    @WithDefault("1000000")
    @Min(0)
    long cachedWords();

    /**
     * Lookups run at once; the rest queue in arrival order. Unset: one more than the processors,
     * which gave the shortest slowest answers under 16 concurrent clients (BENCHMARKS.md).
     */
    OptionalInt concurrency();

    /** How long a lookup may wait in that queue before it is answered 503. */
    @WithDefault("10s")
    Duration queueTimeout();

    /** Verdict thresholds on the alignment score in [0,1]; chosen from the evaluation set (see BENCHMARKS.md). */
    Thresholds thresholds();

    interface Thresholds {
        /** A Lenin passage scoring at least this, word for word equal, is VERIFIED. */
        @WithDefault("0.95")
        double verified();

        /** A Lenin passage scoring at least this is the same passage in other words: VARIANT. */
        @WithDefault("0.70")
        double variant();

        /** Someone else's words (or narration) scoring at least this make the submission MISATTRIBUTED. */
        @WithDefault("0.70")
        double misattributed();

        /**
         * A passage of Lenin's in the Works holding, in one stretch, at least this share of the submission's
         * content-word weight (rare words weigh more), and at least half and six of its content words, is the
         * same passage in another translation: VARIANT, however the words align (StemOverlap).
         */
        @WithDefault("0.45")
        double translation();
    }
}

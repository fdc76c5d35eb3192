package app.verbatim.lookup;

import app.verbatim.api.WordingDifference;

import java.util.List;

import app.verbatim.match.PassageMatcher;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How one stored wording of a passage differs from another: a duplicate against the match it is shown
 * with, a cluster member against the cluster's longest wording. The answer depends on the two texts
 * alone, yet every lookup that met a clustered passage aligned whole passages against each other again,
 * a quarter of the service's CPU under load at 100,000 quotations (JFR). Keyed by both texts, so an
 * entry is never stale; each instance fills its own.
 */
@ApplicationScoped
public class WordingDifferences {

    /** Characters of the texts held as keys, summed; a few megabytes. */
    static final long MAX_CHARS = 4_000_000;

    private record Pair(String wording, String against) {
    }

    private final PassageMatcher matcher = new PassageMatcher();
    private final Cache<Pair, List<WordingDifference>> cache = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .weigher((Pair p, List<WordingDifference> d) -> p.wording().length() + p.against().length())
            .build();

    /** {@code wording} aligned against {@code against}, its reference. */
    public List<WordingDifference> of(String wording, String against) {
        return cache.get(new Pair(wording, against),
                p -> LookupResult.differences(matcher.match(p.wording(), p.against()).differences()).stream()
                        .map(WordingDifference::of).toList());
    }
}

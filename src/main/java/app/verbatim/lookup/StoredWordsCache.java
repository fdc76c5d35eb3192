package app.verbatim.lookup;

import app.verbatim.match.StoredWords;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Stored passages already read into words, by their text. A lookup screens every candidate the index
 * returns and aligns a few of them; reading the same passages again for each request was the
 * largest share of the service's work after the database. Keyed by the text itself, so an entry can
 * never be stale: a changed passage is a different key, and the old one ages out. Each instance
 * fills its own from what the database returns; nothing here needs sharing.
 */
final class StoredWordsCache {

    private final Cache<String, StoredWords> cache;

    /** @param maxWords bound on the words held, summed over the cached passages */
    StoredWordsCache(long maxWords) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWords)
                .weigher((String text, StoredWords words) -> words.weight())
                .build();
    }

    StoredWords get(String text) {
        return cache.get(text, StoredWords::of);
    }
}

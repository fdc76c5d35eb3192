package app.verbatim.works;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Windows of the Works already read and tokenised, by volume data and place. Reading a window's passages from the
 * database and tokenising them again for every lookup that aligns it was a fifth of the service's CPU (the
 * passages are corpus data, the same for every lookup). Keyed by the volume's data hash too, so a replaced volume's
 * windows are never served for the new one: they age out. Bounded by words held, like the memoirs' cache.
 */
final class WindowTextCache {

    /** A window's place: passages {@code first..last} (ordinals) of a volume as loaded from {@code dataSha256}. */
    record Key(int volume, String dataSha256, int first, int last) {
    }

    private final Cache<Key, WindowText> cache;

    /** @param maxWords bound on the words held, summed over the cached windows */
    WindowTextCache(long maxWords) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWords)
                .weigher((Key key, WindowText text) -> text.weight())
                .build();
    }

    /** The window read before, or null. */
    WindowText get(Key key) {
        return cache.getIfPresent(key);
    }

    void put(Key key, WindowText text) {
        cache.put(key, text);
    }
}

package app.verbatim.corpus;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verbatim.corpus")
public interface CorpusConfig {

    /** Import the bundled seed memoirs at start (skipped for texts already stored unchanged). */
    @WithDefault("true")
    boolean importSeeds();

    /** The key write requests present in the X-Admin-Key header, known by the name "admin"; while no key is set, writes are refused. */
    Optional<String> adminKey();

    /**
     * More admin keys, each under a name ({@code verbatim.corpus.admin-keys.alice=...}): a review's history records
     * the name of the key that made each change, never the key.
     */
    Map<String, String> adminKeys();

    /** The longest memoir text accepted, in characters. */
    @WithDefault("2000000")
    int maxMemoirChars();
}

package app.verbatim.corpus;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verbatim.corpus")
public interface CorpusConfig {

    /** Import the bundled seed memoirs at start (skipped for texts already stored unchanged). */
    @WithDefault("true")
    boolean importSeeds();

    /** The key write requests present in the X-Admin-Key header; while unset, writes are refused. */
    Optional<String> adminKey();

    /** The longest memoir text accepted, in characters. */
    @WithDefault("2000000")
    int maxMemoirChars();
}

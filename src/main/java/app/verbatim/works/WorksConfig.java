package app.verbatim.works;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "verbatim.works")
public interface WorksConfig {

    /** Load the Collected Works into the database at start (volumes already loaded unchanged are skipped). */
    @WithDefault("true")
    boolean load();

    /** Load in the background while the service answers from the memoirs (tests load before they start). */
    @WithDefault("true")
    boolean background();

    /** Only these volumes (tests load a few); unset: every volume there is data for. */
    Optional<List<Integer>> volumes();

    /**
     * A directory with an {@code index.json} and volume files made by {@code bin/convert-works}, read besides
     * the volumes bundled with the service; a volume there replaces the bundled one of the same number.
     */
    Optional<Path> dataDir();

    /** How often an instance looks in the database for volumes another instance loaded or replaced. */
    @WithDefault("30s")
    Duration refresh();

    /**
     * Words of aligned Works windows kept read and tokenised between lookups (about 145 bytes each, measured), in a
     * per-instance cache keyed by the volume's data and the window's place: at most about 70 MiB of heap.
     */
    @WithDefault("500000")
    long cachedWords();
}

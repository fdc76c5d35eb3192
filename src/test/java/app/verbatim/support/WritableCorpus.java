package app.verbatim.support;

import java.util.Map;

/**
 * A database of its own for tests that add, replace or review memoirs, started empty (no seeds): each such
 * test creates the memoirs it asserts on and reads back only those.
 */
public class WritableCorpus extends EmbeddedPostgresResource {

    @Override
    protected Map<String, String> settings() {
        return Map.of("verbatim.corpus.import-seeds", "false", "verbatim.works.load", "false");
    }
}

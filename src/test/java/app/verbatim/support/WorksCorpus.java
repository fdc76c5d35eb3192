package app.verbatim.support;

import java.util.Map;

/**
 * A database of its own, started without the shipped memoirs, with one volume of the Works loaded (Vol. 26):
 * for tests that import memoirs and assert on what the Works say about them.
 */
public class WorksCorpus extends EmbeddedPostgresResource {

    @Override
    protected Map<String, String> settings() {
        return Map.of("verbatim.corpus.import-seeds", "false", "verbatim.works.volumes", "26");
    }
}

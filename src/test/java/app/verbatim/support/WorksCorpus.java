package app.verbatim.support;

import java.util.Map;

/**
 * The seed memoirs and every volume of the Works with data, in a database of their own, loaded before the
 * tests start (about half a second a volume): for the Works evaluation.
 */
public class WorksCorpus extends EmbeddedPostgresResource {

    @Override
    protected Map<String, String> settings() {
        return Map.of("verbatim.works.volumes", "", "verbatim.works.background", "false");
    }
}

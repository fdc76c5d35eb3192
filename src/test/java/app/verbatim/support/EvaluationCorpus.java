package app.verbatim.support;

import java.util.Map;

/**
 * The seed corpus in a database of its own for the lookup evaluation, which re-analyses the tables. A word
 * pair held by more than five passages counts as common here, so that with statistics present the seed
 * corpus has common pairs and the evaluation's second pass takes the probes a large corpus takes. Without the
 * Works: this evaluation measures the memoirs (WorksEvaluationTest measures the Works).
 */
public class EvaluationCorpus extends EmbeddedPostgresResource {

    @Override
    protected Map<String, String> settings() {
        return Map.of("verbatim.lookup.common-pair-passages", "5", "verbatim.works.load", "false");
    }
}

package app.verbatim.bench;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Adds the benchmark's synthetic corpus to an existing database, for profiling a running service by
 * hand: {@code java -cp ... app.verbatim.bench.GenerateCorpus jdbc:postgresql://127.0.0.1:PORT/verbatim [quotations] [narration]}.
 * Restart the service afterwards (or wait for its pair statistics to refresh).
 */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws Exception {
        int quotations = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int narration = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        try (Connection db = DriverManager.getConnection(args[0] + "?reWriteBatchedInserts=true", "verbatim", "")) {
            MarkovText prose = new MarkovText(CorpusGenerator.seedTexts(db), 1917);
            new CorpusGenerator(prose).generate(db, quotations, narration);
        }
    }
}

package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import app.verbatim.db.EmbeddedPostgres;

/**
 * The lookup benchmark, run by bench/lookup.sh: a throwaway PostgreSQL, the service jar against
 * it, wrk against POST /api/v1/lookup with the seed corpus and again with a generated corpus of
 * 100,000 quotations, a Levenshtein-scan baseline, and POST /api/v1/check on a long draft.
 * Prints a Markdown table and writes it to bench/results/<timestamp>.md.
 *
 * <p>Settings (system properties): bench.seconds (20), bench.runs (3), bench.warmup (90), bench.warmupMax (300)
 * (see {@link LoadRuns}),
 * bench.connections (16), bench.threads (2), bench.quotations (100000), bench.narration (100000),
 * bench.sample (20), bench.checkRuns (200).
 */
public final class LookupBenchmark {

    // Floors from the brief.
    static final double P99_FLOOR_MS = 50;
    static final double SPEEDUP_FLOOR = 20;

    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    /** Loaded runs per phase, one after another: figures vary from run to run, so all are reported. */
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final int QUOTATIONS = Integer.getInteger("bench.quotations", 100_000);
    private static final int NARRATION = Integer.getInteger("bench.narration", 100_000);
    private static final int SAMPLE = Integer.getInteger("bench.sample", 20);
    private static final int CHECK_RUNS = Integer.getInteger("bench.checkRuns", 200);
    /** One wrk phase: the corpus it ran against, the concurrent runs and the one-connection run. */
    record Phase(String name, long quotations, long narration, int warmUpSeconds, List<LoadRuns.Run> loaded, Wrk.Result single,
                 VerdictAgreement agreement) {

        /** The run with the median throughput. */
        LoadRuns.Run typical() {
            List<LoadRuns.Run> byThroughput = loaded.stream()
                    .sorted(Comparator.comparingDouble(r -> r.result().requestsPerSecond())).toList();
            return byThroughput.get(byThroughput.size() / 2);
        }

        /** The slowest 99th percentile of the runs. */
        double worstP99Ms() {
            return loaded.stream().mapToLong(r -> r.result().p99Us()).max().orElse(0) / 1e3;
        }
    }

    private LookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path work = Files.createDirectories(project.resolve("target/bench"));
        Submissions all = Submissions.load(project.resolve("src/test/resources/eval/lookup-eval.tsv"));
        Submissions sample = all.sample(SAMPLE);
        Path allBodies = all.writeLookupBodies(work.resolve("lookup-all.jsonl"), 5);
        Path sampleBodies = sample.writeLookupBodies(work.resolve("lookup-sample.jsonl"), 5);
        Wrk wrk = new Wrk(project.resolve("bench/lookup.lua"));
        String stamp = Bench.stamp();

        Path pgDir = Bench.postgresDir();
        log("Starting PostgreSQL in " + pgDir);
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(pgDir, true);
             Connection db = DriverManager.getConnection(pg.jdbcUrl() + "?reWriteBatchedInserts=true",
                     EmbeddedPostgres.USER, "")) {
            AtomicReference<ServiceProcess> service = new AtomicReference<>();
            Bench.stopOnExit(service, pg);
            try {
                service.set(startService(project, pg, work.resolve("service-seed.log")));
                String lookupUrl = service.get().url("/api/v1/lookup");
                List<Phase> phases = new ArrayList<>();

                phases.add(phase("seed corpus", service.get(), pgDir, db, wrk, lookupUrl, all, allBodies, sampleBodies));

                log("Generating " + QUOTATIONS + " quotations and " + NARRATION + " narration passages");
                long start = System.nanoTime();
                MarkovText prose = new MarkovText(CorpusGenerator.seedTexts(db), 1917);
                new CorpusGenerator(prose).generate(db, QUOTATIONS, NARRATION);
                double generateSeconds = (System.nanoTime() - start) / 1e9;
                log(String.format(Locale.ROOT, "Generated and analysed in %.1f s", generateSeconds));

                // The service learns which word pairs are common from PostgreSQL's statistics when it
                // starts and then every few minutes (CommonPairs). A restart measures the steady state
                // after a large import straight away, whatever that interval is.
                log("Restarting the service over the large corpus");
                ServiceProcess.stop(service.get());
                service.set(startService(project, pg, work.resolve("service-large.log")));
                lookupUrl = service.get().url("/api/v1/lookup");
                phases.add(phase(QUOTATIONS / 1000 + "k corpus", service.get(), pgDir, db, wrk, lookupUrl, all, allBodies,
                        sampleBodies));

                log("Levenshtein baseline over every stored quotation, " + sample.rows().size() + " submissions");
                LevenshteinBaseline.Result baseline = LevenshteinBaseline.run(LevenshteinBaseline.loadQuotations(db),
                        sample.rows().stream().map(Submissions.Row::text).toList());

                DraftCheckBench.Result check = null;
                String checkUrl = service.get().url("/api/v1/check");
                if (DraftCheckBench.available(checkUrl)) {
                    log("POST /api/v1/check, " + CHECK_RUNS + " sequential requests");
                    check = DraftCheckBench.run(checkUrl, DraftCheckBench.draft(all, prose), 20, CHECK_RUNS);
                    service.get().requireAlive();
                } else {
                    log("No POST /api/v1/check in this version: phase skipped");
                }

                String report = Report.markdown(stamp, phases, baseline, check, generateSeconds, indexSizes(db),
                        SECONDS, RUNS, CONNECTIONS, THREADS, all.rows().size());
                Bench.publish(project, stamp, report);
            } finally {
                ServiceProcess.stop(service.get());
            }
        }
        log("Service and PostgreSQL stopped");
    }

    private static ServiceProcess startService(Path project, EmbeddedPostgres pg, Path log)
            throws IOException, InterruptedException {
        return ServiceProcess.startSeeded(project, pg, log, Map.of());
    }

    /** Warm-up (JIT, caches; not recorded), the loaded runs, then one connection on the sample. */
    private static Phase phase(String name, ServiceProcess service, Path pgDir, Connection db, Wrk wrk, String url,
                               Submissions all, Path allBodies, Path sampleBodies)
            throws IOException, InterruptedException, SQLException {
        LoadRuns load = new LoadRuns(wrk, url, THREADS, CONNECTIONS);
        int warmedUp = load.warmUp(name, allBodies);
        List<LoadRuns.Run> loaded = load.runs(name, service, pgDir, allBodies, RUNS, SECONDS);
        Wrk.Result single = load.single(name + ", sample", service, sampleBodies, 10);
        log("Phase " + name + ": verdicts against the evaluation set's labels");
        VerdictAgreement agreement = VerdictAgreement.run(url, all);
        return new Phase(name, count(db, "quotation"), count(db, "narration"), warmedUp, loaded, single, agreement);
    }

    private static long count(Connection db, String table) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String indexSizes(Connection db) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery("""
                SELECT pg_size_pretty(pg_relation_size('quotation_by_shingles')),
                       pg_size_pretty(pg_relation_size('narration_by_shingles')),
                       pg_size_pretty(pg_database_size(current_database()))""")) {
            rs.next();
            return "GIN quotation_by_shingles " + rs.getString(1) + ", narration_by_shingles " + rs.getString(2)
                    + ", database " + rs.getString(3);
        }
    }

    private static void log(String message) {
        Bench.log(message);
    }
}

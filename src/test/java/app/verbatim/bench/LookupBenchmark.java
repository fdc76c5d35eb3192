package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import app.verbatim.db.EmbeddedPostgres;

/**
 * The lookup benchmark, run by bench/lookup.sh: a throwaway PostgreSQL, the service jar against
 * it, wrk against POST /api/v1/lookup with the seed corpus and again with a generated corpus of
 * 100,000 quotations, a Levenshtein-scan baseline, and POST /api/v1/check on a long draft.
 * Prints a Markdown table and writes it to bench/results/<timestamp>.md.
 *
 * <p>Settings (system properties): bench.seconds (20), bench.runs (3), bench.warmup (90), bench.warmupMax (300),
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
    /**
     * Warm-up until the JIT has compiled the hot paths: the figures are the steady state. With both
     * cores loaded the compiler threads get little time, and throughput kept rising for 60 to 140 s
     * (thousands of methods compiled in the first minute). So the load runs for at least
     * WARMUP_SECONDS, then in windows of WARMUP_WINDOW_SECONDS until one is within 5% of the one
     * before, for at most WARMUP_MAX_SECONDS.
     */
    static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 90);
    static final int WARMUP_WINDOW_SECONDS = 15;
    static final int WARMUP_MAX_SECONDS = Integer.getInteger("bench.warmupMax", 300);

    /** One loaded run, with the CPU the service and the database spent per request during it. */
    record Run(Wrk.Result result, double serviceCpuMs, double databaseCpuMs) {
    }

    /** One wrk phase: the corpus it ran against, the concurrent runs and the one-connection run. */
    record Phase(String name, long quotations, long narration, int warmUpSeconds, List<Run> loaded, Wrk.Result single,
                 VerdictAgreement agreement) {

        /** The run with the median throughput. */
        Run typical() {
            List<Run> byThroughput = loaded.stream()
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
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));

        // Under /tmp: when run as root the server runs as 'nobody', which must reach the directory.
        Path pgDir = Files.createTempDirectory("verbatim-bench-pg");
        Files.delete(pgDir);
        log("Starting PostgreSQL in " + pgDir);
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(pgDir, true);
             Connection db = DriverManager.getConnection(pg.jdbcUrl() + "?reWriteBatchedInserts=true",
                     EmbeddedPostgres.USER, "")) {
            AtomicReference<ServiceProcess> service = new AtomicReference<>();
            // Ctrl+C: stop the service first, then its database (both are idempotent).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop(service.get());
                pg.close();
            }));
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
                stop(service.get());
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
                System.out.println();
                System.out.println(report);
                Path results = Files.createDirectories(project.resolve("bench/results"));
                Files.writeString(results.resolve(stamp + ".md"), report);
                log("Written to " + results.resolve(stamp + ".md"));
            } finally {
                stop(service.get());
            }
        }
        log("Service and PostgreSQL stopped");
    }

    private static ServiceProcess startService(Path project, EmbeddedPostgres pg, Path log)
            throws IOException, InterruptedException {
        log("Starting the service (log: " + log + ")");
        ServiceProcess service = ServiceProcess.start(project, pg, log);
        service.awaitReady(pg.jdbcUrl(), seedMemoirs(project), Duration.ofMinutes(5));
        return service;
    }

    private static void stop(ServiceProcess service) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Warm-up (JIT, caches; not recorded), the loaded runs, then one connection on the sample. */
    private static Phase phase(String name, ServiceProcess service, Path pgDir, Connection db, Wrk wrk, String url,
                               Submissions all, Path allBodies, Path sampleBodies)
            throws IOException, InterruptedException, SQLException {
        int warmedUp = warmUp(name, wrk, url, allBodies);
        CpuMeter cpu = new CpuMeter(service.handle(), pgDir);
        List<Run> loaded = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            log("Phase " + name + ": " + CONNECTIONS + " connections, " + SECONDS + " s, run " + i + " of " + RUNS);
            CpuMeter.Reading before = cpu.read();
            Wrk.Result result = wrk.run(url, allBodies, THREADS, CONNECTIONS, SECONDS);
            CpuMeter.Reading after = cpu.read();
            loaded.add(new Run(result, perRequestMs(before.service(), after.service(), result),
                    perRequestMs(before.database(), after.database(), result)));
            service.requireAlive();
        }
        log("Phase " + name + ": 1 connection, sample, 10 s");
        Wrk.Result single = wrk.run(url, sampleBodies, 1, 1, 10);
        service.requireAlive();
        log("Phase " + name + ": verdicts against the evaluation set's labels");
        VerdictAgreement agreement = VerdictAgreement.run(url, all);
        return new Phase(name, count(db, "quotation"), count(db, "narration"), warmedUp, loaded, single, agreement);
    }

    /** Loads the service until its throughput is steady; returns the seconds it took. */
    private static int warmUp(String name, Wrk wrk, String url, Path bodies) throws IOException, InterruptedException {
        log("Phase " + name + ": warm-up, at least " + WARMUP_SECONDS + " s");
        wrk.run(url, bodies, THREADS, CONNECTIONS, WARMUP_SECONDS);
        int elapsed = WARMUP_SECONDS;
        double previous = wrk.run(url, bodies, THREADS, CONNECTIONS, WARMUP_WINDOW_SECONDS).requestsPerSecond();
        elapsed += WARMUP_WINDOW_SECONDS;
        while (elapsed + WARMUP_WINDOW_SECONDS <= WARMUP_MAX_SECONDS) {
            double current = wrk.run(url, bodies, THREADS, CONNECTIONS, WARMUP_WINDOW_SECONDS).requestsPerSecond();
            elapsed += WARMUP_WINDOW_SECONDS;
            log(String.format(Locale.ROOT, "Phase %s: warm-up window %.0f req/s (previous %.0f)", name, current, previous));
            if (Math.abs(current - previous) <= 0.05 * previous) {
                break;
            }
            previous = current;
        }
        return elapsed;
    }

    private static double perRequestMs(Duration before, Duration after, Wrk.Result result) {
        return result.requests() == 0 ? 0 : after.minus(before).toNanos() / 1e6 / result.requests();
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

    private static int seedMemoirs(Path project) throws IOException {
        String manifest = Files.readString(project.resolve("src/main/resources/seeds/manifest.json"));
        return (int) manifest.lines().filter(l -> l.contains("\"slug\"")).count();
    }

    static void log(String message) {
        System.out.println("[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }
}

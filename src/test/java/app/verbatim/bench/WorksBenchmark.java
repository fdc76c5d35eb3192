package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.verbatim.db.EmbeddedPostgres;
import app.verbatim.works.WorksEvalCases;

/**
 * The Works benchmark of issue 11, run by bench/works.sh: a throwaway PostgreSQL and the service jar with the
 * seed memoirs and every volume of the Collected Works loaded at first start (timed), wrk against
 * POST /api/v1/lookup with Lenin's words from the Works evaluation set, the service's memory, and PostgreSQL's
 * own pg_trgm word_similarity over the same pages for a sample of the same submissions. Prints a Markdown
 * report and writes it to bench/results/<timestamp>.md.
 *
 * <p>Settings (system properties): bench.seconds (20), bench.runs (3), bench.warmup (90), bench.warmupMax (300)
 * (see {@link LoadRuns}), bench.connections (16), bench.threads (2), bench.pgPerKind (2).
 */
public final class WorksBenchmark {

    // Floors from issue 11.
    static final double P99_FLOOR_MS = 50;
    static final double SINGLE_MEDIAN_FLOOR_MS = 10;
    static final double PG_TRGM_FLOOR = 200;
    static final Duration LOAD_FLOOR = Duration.ofMinutes(5);
    static final int VOLUMES = 39;

    /** The evaluation kinds that are Lenin's own words, the ones a user checks against the Works. */
    static final List<String> KINDS = List.of("exact", "fragment", "typos", "ellipsis", "memoir_cited");

    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    /** pg_trgm reads every page for each submission (seconds each): a few of every kind. */
    private static final int PG_PER_KIND = Integer.getInteger("bench.pgPerKind", 2);

    private static final Pattern LOADER_LINE = Pattern.compile("Works: (\\d+) of (\\d+) volumes loaded in ([\\d.]+) s");

    /** Everything the report needs from one run. */
    record Figures(int submissions, String loadBefore, String loadAfter, WorksProgress.Loaded loaded,
                   String loaderSeconds, ServiceMemory memoryLoaded, ServiceMemory memoryAfterLoad, long worksBytes,
                   int worksFiles, int warmUpSeconds, List<LoadRuns.Run> runs, Wrk.Result single,
                   Wrk.Result singleOnPgSample, PgTrgmBaseline.Result pg) {
    }

    private WorksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path work = Files.createDirectories(project.resolve("target/bench"));
        List<WorksEvalCases.Case> cases = WorksEvalCases.load().stream().filter(c -> KINDS.contains(c.kind())).toList();
        Submissions all = Submissions.of(cases.stream().map(c -> new Submissions.Row(c.kind(), "", c.text())).toList());
        List<WorksEvalCases.Case> pgSample = perKind(cases, PG_PER_KIND);
        Path allBodies = all.writeLookupBodies(work.resolve("works-all.jsonl"), 5);
        Path pgBodies = Submissions.of(pgSample.stream().map(c -> new Submissions.Row(c.kind(), "", c.text())).toList())
                .writeLookupBodies(work.resolve("works-pg-sample.jsonl"), 5);
        Wrk wrk = new Wrk(project.resolve("bench/lookup.lua"));
        String stamp = Bench.stamp();
        String loadBefore = loadAverage();

        Path pgDir = Bench.postgresDir();
        Bench.log("Starting PostgreSQL in " + pgDir);
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(pgDir, true);
             Connection db = DriverManager.getConnection(pg.jdbcUrl(), EmbeddedPostgres.USER, "")) {
            AtomicReference<ServiceProcess> service = new AtomicReference<>();
            Bench.stopOnExit(service, pg);
            try {
                Path log = work.resolve("service-works.log");
                long started = System.nanoTime();
                // The metrics are opened to this throwaway service only, for the JVM's own heap figures.
                service.set(ServiceProcess.startSeeded(project, pg, log, Map.of("VERBATIM_METRICS_PUBLIC", "true")));
                WorksProgress.Loaded loaded = WorksProgress.await(service.get(), started, Duration.ofMinutes(15));
                String loaderSeconds = loaderSeconds(log);
                ServiceMemory memoryLoaded = ServiceMemory.read(service.get());

                String url = service.get().url("/api/v1/lookup");
                LoadRuns load = new LoadRuns(wrk, url, THREADS, CONNECTIONS);
                int warmedUp = load.warmUp("Works", allBodies);
                List<LoadRuns.Run> runs = load.runs("Works", service.get(), pgDir, allBodies, RUNS, SECONDS);
                Wrk.Result single = load.single("Works, every submission", service.get(), allBodies, 10);
                Wrk.Result singlePg = load.single("Works, pg_trgm sample", service.get(), pgBodies, 10);
                ServiceMemory memoryAfterLoad = ServiceMemory.read(service.get());

                // The service sits idle from here: PostgreSQL has the cores to itself.
                PgTrgmBaseline.Result pgResult = PgTrgmBaseline.run(db, pgSample);

                Path data = project.resolve("src/main/resources/works");
                Figures figures = new Figures(all.rows().size(), loadBefore, loadAverage(), loaded, loaderSeconds,
                        memoryLoaded, memoryAfterLoad, bytes(data), files(data), warmedUp, runs, single, singlePg,
                        pgResult);
                Bench.publish(project, stamp, WorksReport.markdown(stamp, figures, SECONDS, CONNECTIONS, THREADS));
            } finally {
                ServiceProcess.stop(service.get());
            }
        }
        Bench.log("Service and PostgreSQL stopped");
    }

    /** The first {@code n} of each kind, spread over the kind's cases (so over many volumes). */
    static List<WorksEvalCases.Case> perKind(List<WorksEvalCases.Case> cases, int n) {
        List<WorksEvalCases.Case> picked = new ArrayList<>();
        for (String kind : KINDS) {
            List<WorksEvalCases.Case> ofKind = cases.stream().filter(c -> c.kind().equals(kind)).toList();
            int step = Math.max(1, ofKind.size() / n);
            for (int i = 0; i < ofKind.size() && picked.stream().filter(c -> c.kind().equals(kind)).count() < n; i += step) {
                picked.add(ofKind.get(i));
            }
        }
        return picked;
    }

    /** The loader's own figure from the service log, beside the one read from outside. */
    private static String loaderSeconds(Path log) throws IOException {
        Matcher m = LOADER_LINE.matcher(Files.readString(log));
        String last = "not logged";
        while (m.find()) {
            last = m.group(1) + " of " + m.group(2) + " volumes in " + m.group(3) + " s";
        }
        return last;
    }

    /** Other work on the machine shares the cores: the 1/5/15-minute load averages say how much. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static int files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return (int) s.filter(Files::isRegularFile).count();
        }
    }
}

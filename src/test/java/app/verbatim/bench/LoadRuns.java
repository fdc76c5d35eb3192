package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * wrk against a running service, the way every benchmark here loads it: a warm-up until throughput is steady,
 * then loaded runs one after another, each with the CPU the service and PostgreSQL spent per request.
 */
final class LoadRuns {

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

    private final Wrk wrk;
    private final String url;
    private final int threads;
    private final int connections;

    LoadRuns(Wrk wrk, String url, int threads, int connections) {
        this.wrk = wrk;
        this.url = url;
        this.threads = threads;
        this.connections = connections;
    }

    /** Loads the service until its throughput is steady; returns the seconds it took. */
    int warmUp(String name, Path bodies) throws IOException, InterruptedException {
        Bench.log("Phase " + name + ": warm-up, at least " + WARMUP_SECONDS + " s");
        wrk.run(url, bodies, threads, connections, WARMUP_SECONDS);
        int elapsed = WARMUP_SECONDS;
        double previous = wrk.run(url, bodies, threads, connections, WARMUP_WINDOW_SECONDS).requestsPerSecond();
        elapsed += WARMUP_WINDOW_SECONDS;
        while (elapsed + WARMUP_WINDOW_SECONDS <= WARMUP_MAX_SECONDS) {
            double current = wrk.run(url, bodies, threads, connections, WARMUP_WINDOW_SECONDS).requestsPerSecond();
            elapsed += WARMUP_WINDOW_SECONDS;
            Bench.log(String.format(Locale.ROOT, "Phase %s: warm-up window %.0f req/s (previous %.0f)", name, current,
                    previous));
            if (Math.abs(current - previous) <= 0.05 * previous) {
                break;
            }
            previous = current;
        }
        return elapsed;
    }

    /** The loaded runs, one after another, each measured on its own. */
    List<Run> runs(String name, ServiceProcess service, Path pgDir, Path bodies, int runs, int seconds)
            throws IOException, InterruptedException {
        CpuMeter cpu = new CpuMeter(service.handle(), pgDir);
        List<Run> loaded = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Bench.log("Phase " + name + ": " + connections + " connections, " + seconds + " s, run " + i + " of " + runs);
            CpuMeter.Reading before = cpu.read();
            Wrk.Result result = wrk.run(url, bodies, threads, connections, seconds);
            CpuMeter.Reading after = cpu.read();
            loaded.add(new Run(result, perRequestMs(before.service(), after.service(), result),
                    perRequestMs(before.database(), after.database(), result)));
            service.requireAlive();
        }
        return loaded;
    }

    /** One connection, for what a single user waits. */
    Wrk.Result single(String name, ServiceProcess service, Path bodies, int seconds) throws IOException, InterruptedException {
        Bench.log("Phase " + name + ": 1 connection, " + seconds + " s");
        Wrk.Result single = wrk.run(url, bodies, 1, 1, seconds);
        service.requireAlive();
        return single;
    }

    private static double perRequestMs(Duration before, Duration after, Wrk.Result result) {
        return result.requests() == 0 ? 0 : after.minus(before).toNanos() / 1e6 / result.requests();
    }
}

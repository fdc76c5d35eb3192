package app.verbatim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs wrk with bench/lookup.lua and reads the one line the script's done() prints. */
final class Wrk {

    /** Figures of one wrk run; latencies in microseconds as wrk records them. */
    record Result(long requests, long durationUs, double meanUs, long p50Us, long p90Us, long p99Us, long maxUs,
                  long non2xx, long socketErrors) {

        double requestsPerSecond() {
            return requests / (durationUs / 1e6);
        }
    }

    private final Path script;

    Wrk(Path script) {
        this.script = script;
    }

    Result run(String url, Path bodies, int threads, int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), url);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("BENCH_BODIES", bodies.toString());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + output);
        }
        String line = output.lines().filter(l -> l.startsWith("BENCH ")).findFirst()
                .orElseThrow(() -> new IOException("wrk printed no BENCH line:\n" + output));
        Map<String, String> f = new HashMap<>();
        for (String pair : line.substring(6).trim().split(" ")) {
            String[] kv = pair.split("=");
            f.put(kv[0], kv[1]);
        }
        return new Result(Long.parseLong(f.get("requests")), Long.parseLong(f.get("duration_us")),
                Double.parseDouble(f.get("mean_us")), Long.parseLong(f.get("p50_us")), Long.parseLong(f.get("p90_us")),
                Long.parseLong(f.get("p99_us")), Long.parseLong(f.get("max_us")), Long.parseLong(f.get("non2xx")),
                Long.parseLong(f.get("socket_errors")));
    }
}

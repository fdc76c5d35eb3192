package app.verbatim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's memory as the operating system and the JVM see it: resident set size, and the heap in use
 * right after a full collection (what the live data needs, the Works index included), read with jcmd and
 * cross-checked against the service's own metrics (jvm_memory_used_bytes, area heap).
 */
record ServiceMemory(long rssBytes, long heapUsedAfterGcBytes, long heapCommittedBytes, long metricsHeapUsedBytes) {

    private static final Pattern JCMD_HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    static ServiceMemory read(ServiceProcess service) throws IOException, InterruptedException {
        long pid = service.handle().pid();
        jcmd(pid, "GC.run");
        String heap = jcmd(pid, "GC.heap_info");
        Matcher m = JCMD_HEAP.matcher(heap);
        long committed = m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        long used = committed >= 0 ? Long.parseLong(m.group(2)) * 1024 : -1;
        return new ServiceMemory(rss(pid), used, committed, metricsHeapUsed(service.url("/q/metrics")).orElse(-1));
    }

    private static long rss(long pid) throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
        return status.stream().filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Needs verbatim.metrics.public (the benchmark's own service sets it); empty if the metrics are not reachable. */
    private static OptionalLong metricsHeapUsed(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return OptionalLong.empty();
        }
        double sum = r.body().lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        return sum > 0 ? OptionalLong.of((long) sum) : OptionalLong.empty();
    }
}

package app.verbatim.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Markdown table printed at the end and written to bench/results/. */
final class Report {

    private Report() {
    }

    static String markdown(String stamp, List<LookupBenchmark.Phase> phases, LevenshteinBaseline.Result baseline,
                           DraftCheckBench.Result check, double generateSeconds, String indexSizes,
                           int seconds, int runs, int connections, int threads, int submissions) {
        StringBuilder md = new StringBuilder();
        md.append("# Lookup benchmark ").append(stamp).append("\n\n");
        md.append(f("POST /api/v1/lookup, %d submissions from lookup-eval.tsv in rotation, limit 5; after a warm-up until"
                + " throughput is steady (%s s), %d runs of wrk -t%d -c%d -d%ds one after another; CPU ms per request of the service process and of"
                + " PostgreSQL (server and backends) during each run; 1-connection runs on a %d-submission sample, 10 s;"
                + " then every submission once, its verdict compared with its label.%n%n",
                submissions, phases.stream().map(p -> p.name() + " " + p.warmUpSeconds()).collect(Collectors.joining(", ")),
                runs, threads, connections, seconds, baseline.submissions()));
        md.append("| phase | quotations | narration | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors"
                + " | CPU ms/req service | CPU ms/req PostgreSQL |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LookupBenchmark.Phase p : phases) {
            for (int i = 0; i < p.loaded().size(); i++) {
                LoadRuns.Run run = p.loaded().get(i);
                Wrk.Result r = run.result();
                md.append(f("| %s, run %d | %,d | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %.2f | %.2f |%n", p.name(),
                        i + 1, p.quotations(), p.narration(), r.requestsPerSecond(), r.p50Us() / 1e3, r.p90Us() / 1e3,
                        r.p99Us() / 1e3, r.maxUs() / 1e3, r.non2xx(), r.socketErrors(), run.serviceCpuMs(),
                        run.databaseCpuMs()));
            }
        }
        md.append("\n| phase | mean ms, 1 connection | verdicts as labelled |\n|---|---:|---:|\n");
        for (LookupBenchmark.Phase p : phases) {
            md.append(f("| %s | %.1f | %d/%d |%n", p.name(), p.single().meanUs() / 1e3, p.agreement().agreed(),
                    p.agreement().total()));
        }
        md.append("\n");
        for (LookupBenchmark.Phase p : phases) {
            p.agreement().disagreements().forEach(d -> md.append(f("- %s, verdict not as labelled: %s%n", p.name(), d)));
        }
        LookupBenchmark.Phase big = phases.get(phases.size() - 1);
        LookupBenchmark.Phase seed = phases.get(0);
        double lookupMean = big.single().meanUs() / 1e3;
        double speedup = baseline.meanMillis() / lookupMean;
        double p99 = big.worstP99Ms();
        md.append("\n");
        md.append(f("- Generated corpus written and analysed in %.1f s; %s.%n", generateSeconds, indexSizes));
        md.append(f("- Throughput at %,d quotations vs the seed corpus (median runs): %.2f×; p99 %.2f×.%n", big.quotations(),
                big.typical().result().requestsPerSecond() / seed.typical().result().requestsPerSecond(),
                big.typical().result().p99Us() / (double) seed.typical().result().p99Us()));
        md.append(f("- Levenshtein scan (Commons Text, one thread) over %,d quotations: %.1f ms per submission"
                + " (mean of %d); lookup, 1 connection, same submissions: %.1f ms → lookup is %.0f× faster.%n",
                baseline.quotations(), baseline.meanMillis(), baseline.submissions(), lookupMean, speedup));
        if (check != null) {
            md.append(f("- POST /api/v1/check, %,d-word draft with %d planted quotations (%d items found, verdicts %s),"
                    + " %d sequential requests after 20 warm-ups: median %.1f ms, p99 %.1f ms, mean %.1f ms.%n",
                    check.words(), check.quotationsPlanted(), check.itemsFound(), check.verdicts(), check.runs(),
                    check.medianMillis(), check.p99Millis(), check.meanMillis()));
        } else {
            md.append("- POST /api/v1/check: not available in this version, not measured.\n");
        }
        md.append("\n| floor | measured | met |\n|---|---:|---|\n");
        boolean errorsFree = phases.stream().allMatch(p -> p.single().non2xx() == 0 && p.loaded().stream()
                .allMatch(r -> r.result().non2xx() == 0 && r.result().socketErrors() == 0));
        md.append(f("| p99 < %.0f ms at %,d quotations, %d connections, slowest of %d runs | %.1f ms | %s |%n",
                LookupBenchmark.P99_FLOOR_MS, big.quotations(), connections, big.loaded().size(), p99,
                yes(p99 < LookupBenchmark.P99_FLOOR_MS)));
        md.append(f("| lookup ≥ %.0f× faster than the Levenshtein scan | %.0f× | %s |%n", LookupBenchmark.SPEEDUP_FLOOR,
                speedup, yes(speedup >= LookupBenchmark.SPEEDUP_FLOOR)));
        md.append(f("| no non-2xx answers, no socket errors | %s | %s |%n", errorsFree ? "none" : "some", yes(errorsFree)));
        md.append(f("%nMachine: %d cores, %s, Java %s; wrk, the service and PostgreSQL share the cores.%n",
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version")));
        return md.toString();
    }

    static String memory() {
        try {
            String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo")).get(0);
            long kb = Long.parseLong(line.replaceAll("\\D", ""));
            return f("%.0f GiB RAM", kb / 1024.0 / 1024.0);
        } catch (java.io.IOException | RuntimeException e) {
            return "RAM unknown";
        }
    }

    static String yes(boolean met) {
        return met ? "yes" : "**NO**";
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

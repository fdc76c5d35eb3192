package app.verbatim.bench;

import static app.verbatim.bench.Report.f;
import static app.verbatim.bench.Report.yes;


/** The Markdown report of the Works benchmark. */
final class WorksReport {

    private WorksReport() {
    }

    static String markdown(String stamp, WorksBenchmark.Figures fig, int seconds, int connections, int threads) {
        StringBuilder md = new StringBuilder();
        md.append("# Works benchmark ").append(stamp).append("\n\n");
        WorksProgress.Loaded loaded = fig.loaded();
        md.append(f("Service jar over a throwaway PostgreSQL 16, seed memoirs and the Collected Works loaded at first"
                + " start. POST /api/v1/lookup, limit 5, rotating through %d submissions of Lenin's own words from the"
                + " Works evaluation set (%s); after a warm-up until throughput is steady (%d s), %d runs of"
                + " wrk -t%d -c%d -d%ds; then 1 connection for 10 s.%n%n", fig.submissions(),
                String.join(", ", WorksBenchmark.KINDS), fig.warmUpSeconds(), fig.runs().size(), threads, connections,
                seconds));

        md.append("## First start\n\n");
        md.append(f("- Volumes loaded: %d of %d%s, %.0f s after the service was started (read from /q/health/ready"
                + " every second; the loader logged %s).%s%n", loaded.volumes(), loaded.available(),
                loaded.finished() ? "" : " (**not finished**)", loaded.seconds(), fig.loaderSeconds(),
                loaded.failures().isEmpty() ? "" : " Failures: " + loaded.failures()));
        md.append(f("- Data the Works add to the repository: %.1f MB in %d files (src/main/resources/works).%n",
                fig.worksBytes() / 1e6, fig.worksFiles()));
        md.append(f("- Memory, Works loaded, before any lookup: %s.%n", memory(fig.memoryLoaded())));
        md.append(f("- Memory after the load runs: %s.%n%n", memory(fig.memoryAfterLoad())));

        md.append("## Lookups\n\n");
        md.append("| run | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | socket errors | CPU ms/req service"
                + " | CPU ms/req PostgreSQL |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < fig.runs().size(); i++) {
            LoadRuns.Run run = fig.runs().get(i);
            Wrk.Result r = run.result();
            md.append(f("| %d connections, run %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d | %d | %.2f | %.2f |%n",
                    connections, i + 1, r.requestsPerSecond(), r.p50Us() / 1e3, r.p90Us() / 1e3, r.p99Us() / 1e3,
                    r.maxUs() / 1e3, r.non2xx(), r.socketErrors(), run.serviceCpuMs(), run.databaseCpuMs()));
        }
        single(md, "1 connection, every submission", fig.single());
        single(md, "1 connection, the pg_trgm sample", fig.singleOnPgSample());

        PgTrgmBaseline.Result pg = fig.pg();
        md.append(f("%n## PostgreSQL pg_trgm over the same pages%n%n"));
        md.append(f("%d submissions (%d of each kind), each against the %,d rows of works_page, the service idle."
                + " Scan: `ORDER BY word_similarity(?, body) DESC LIMIT 5`. Index: a GIN `gin_trgm_ops` index on body"
                + " (built in %.0f s, %s), `WHERE ? <%% body ORDER BY word_similarity(?, body) DESC LIMIT 5`"
                + " (threshold 0.6, the default). \"found\": the labelled page ±1 among the five.%n%n",
                pg.lookups().size(), pg.lookups().size() / WorksBenchmark.KINDS.size(), pg.pages(),
                pg.indexBuildSeconds(), pg.indexSize()));
        md.append("| kind | scan ms | scan found | GIN <% ms | GIN rows | GIN found |\n|---|---:|---|---:|---:|---|\n");
        for (PgTrgmBaseline.Lookup l : pg.lookups()) {
            md.append(f("| %s | %.0f | %s | %.0f | %d | %s |%n", l.kind(), l.scanMs(), l.scanFound() ? "yes" : "no",
                    l.indexMs(), l.indexRows(), l.indexFound() ? "yes" : "no"));
        }
        double service = fig.singleOnPgSample().p50Us() / 1e3;
        double scanRatio = pg.medianScanMs() / service;
        double indexRatio = pg.medianIndexMs() / service;
        md.append(f("%n- Median per lookup: scan %.0f ms (%d of %d found), GIN `<%%` %.0f ms (%d of %d found);"
                + " the service, 1 connection, same submissions: median %.2f ms → %.0f× faster than the scan, %.0f×"
                + " faster than the indexed query.%n", pg.medianScanMs(), pg.scanFound(), pg.lookups().size(),
                pg.medianIndexMs(), pg.indexFound(), pg.lookups().size(), service, scanRatio, indexRatio));

        double worstP99 = fig.runs().stream().mapToLong(r -> r.result().p99Us()).max().orElse(0) / 1e3;
        double singleMedian = fig.single().p50Us() / 1e3;
        boolean allLoaded = loaded.finished() && loaded.volumes() == WorksBenchmark.VOLUMES;
        boolean errorsFree = fig.runs().stream().allMatch(r -> r.result().non2xx() == 0 && r.result().socketErrors() == 0)
                && fig.single().non2xx() == 0 && fig.singleOnPgSample().non2xx() == 0;
        md.append("\n## Floors\n\n| floor | measured | |\n|---|---:|---|\n");
        md.append(f("| p99 < %.0f ms at %d connections, slowest of %d runs | %.1f ms | %s |%n", WorksBenchmark.P99_FLOOR_MS,
                connections, fig.runs().size(), worstP99, pass(worstP99 < WorksBenchmark.P99_FLOOR_MS)));
        md.append(f("| one connection's median < %.0f ms | %.2f ms | %s |%n", WorksBenchmark.SINGLE_MEDIAN_FLOOR_MS,
                singleMedian, pass(singleMedian < WorksBenchmark.SINGLE_MEDIAN_FLOOR_MS)));
        md.append(f("| ≥ %.0f× faster than pg_trgm word_similarity (scan) | %.0f× | %s |%n", WorksBenchmark.PG_TRGM_FLOOR,
                scanRatio, pass(scanRatio >= WorksBenchmark.PG_TRGM_FLOOR)));
        md.append(f("| the same against the GIN `<%%` query (best case for PostgreSQL) | %.0f× | %s |%n", indexRatio,
                pass(indexRatio >= WorksBenchmark.PG_TRGM_FLOOR)));
        md.append(f("| all %d volumes loaded within %d minutes | %s | %s |%n", WorksBenchmark.VOLUMES,
                WorksBenchmark.LOAD_FLOOR.toMinutes(), f("%d in %.0f s", loaded.volumes(), loaded.seconds()),
                pass(allLoaded && loaded.seconds() <= WorksBenchmark.LOAD_FLOOR.toSeconds())));
        md.append(f("| no non-2xx answers, no socket errors | %s | %s |%n", errorsFree ? "none" : "some", yes(errorsFree)));
        md.append(f("%nMachine: %d cores, %s, Java %s; wrk, the service and PostgreSQL share the cores. Load average"
                + " (1, 5, 15 min) before the run %s, after %s.%n", Runtime.getRuntime().availableProcessors(),
                Report.memory(), System.getProperty("java.version"), fig.loadBefore(), fig.loadAfter()));
        return md.toString();
    }

    private static void single(StringBuilder md, String name, Wrk.Result r) {
        md.append(f("| %s | %.0f | %.2f | %.1f | %.1f | %.1f | %d | %d | | |%n", name, r.requestsPerSecond(),
                r.p50Us() / 1e3, r.p90Us() / 1e3, r.p99Us() / 1e3, r.maxUs() / 1e3, r.non2xx(), r.socketErrors()));
    }

    private static String memory(ServiceMemory m) {
        return f("RSS %.0f MiB; heap after a full GC %.0f MiB used of %.0f MiB committed (jcmd GC.heap_info),"
                + " jvm_memory_used_bytes heap %s", mib(m.rssBytes()), mib(m.heapUsedAfterGcBytes()),
                mib(m.heapCommittedBytes()), m.metricsHeapUsedBytes() < 0 ? "unavailable" : f("%.0f MiB",
                        mib(m.metricsHeapUsedBytes())));
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static String pass(boolean met) {
        return met ? "PASS" : "**FAIL**";
    }
}

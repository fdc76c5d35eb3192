package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

import app.verbatim.db.EmbeddedPostgres;

/** What every benchmark here does around its measurements: log, a throwaway database, the results file. */
final class Bench {

    private Bench() {
    }

    static void log(String message) {
        System.out.println("[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }

    static String stamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));
    }

    /** A directory for a throwaway PostgreSQL, not yet created (initdb creates it). */
    static Path postgresDir() throws IOException {
        // Under /tmp: when run as root the server runs as 'nobody', which must reach the directory.
        Path pgDir = Files.createTempDirectory("verbatim-bench-pg");
        Files.delete(pgDir);
        return pgDir;
    }

    /** Ctrl+C: stop the service first, then its database (both are idempotent). */
    static void stopOnExit(AtomicReference<ServiceProcess> service, EmbeddedPostgres pg) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ServiceProcess.stop(service.get());
            pg.close();
        }));
    }

    /** Prints the report and writes it to bench/results/<stamp>.md (git-ignored). */
    static void publish(Path project, String stamp, String report) throws IOException {
        System.out.println();
        System.out.println(report);
        Path results = Files.createDirectories(project.resolve("bench/results"));
        Files.writeString(results.resolve(stamp + ".md"), report);
        log("Written to " + results.resolve(stamp + ".md"));
    }
}

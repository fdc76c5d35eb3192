package app.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent by the service process and by the PostgreSQL server (postmaster and backends),
 * read before and after a run: requests per second say how fast, CPU per request says where the
 * two shared cores went. Reads what the operating system reports; zero where it reports nothing.
 */
final class CpuMeter {

    record Reading(Duration service, Duration database) {
    }

    private final ProcessHandle service;
    private final Path postgresDataDir;

    CpuMeter(ProcessHandle service, Path postgresDataDir) {
        this.service = service;
        this.postgresDataDir = postgresDataDir;
    }

    Reading read() {
        return new Reading(cpu(Stream.of(service)), postmaster().map(p -> cpu(Stream.concat(Stream.of(p), p.descendants())))
                .orElse(Duration.ZERO));
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postgresDataDir.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Duration cpu(Stream<ProcessHandle> processes) {
        return processes.map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }
}

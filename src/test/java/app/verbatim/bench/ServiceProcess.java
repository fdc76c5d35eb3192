package app.verbatim.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import app.verbatim.db.EmbeddedPostgres;

/**
 * The service jar as a child process, pointed at the benchmark's PostgreSQL: the same artefact
 * and start-up path users run, not a test harness.
 */
final class ServiceProcess implements AutoCloseable {

    /**
     * What SeedLoader logs once every shipped memoir is imported. It said "Seed corpus ready" before the
     * marxists.org memoirs shipped with the service; waiting for that line made every benchmark time out.
     */
    private static final String SHIPPED_CORPUS_READY = "Shipped corpus ready";

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar and waits until every memoir of the seed manifest is stored. {@code env} adds or overrides
     * configuration (e.g. VERBATIM_METRICS_PUBLIC) for this benchmark's service only.
     */
    static ServiceProcess startSeeded(Path projectDir, EmbeddedPostgres pg, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        Bench.log("Starting the service (log: " + log + ")");
        ServiceProcess service = start(projectDir, pg, log, env);
        service.awaitReady(pg.jdbcUrl(), seedMemoirs(projectDir), Duration.ofMinutes(5));
        return service;
    }

    private static ServiceProcess start(Path projectDir, EmbeddedPostgres pg, Path log, Map<String, String> extra)
            throws IOException {
        int port = freePort();
        // `java -jar target/quarkus-app/quarkus-run.jar`, through an argument file: a `pkill -f
        // quarkus-run.jar` aimed at a developer's own service on this machine then leaves ours alone.
        Path args = Files.writeString(log.resolveSibling("service.args"), "-jar target/quarkus-app/quarkus-run.jar\n");
        ProcessBuilder pb = new ProcessBuilder("java", "@" + args)
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = pb.environment();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(extra);
        return new ServiceProcess(pb.start(), port, log);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Ready answers 200 as soon as one memoir is stored, while the seeds are still importing; so we
     * also wait until every memoir of the seed manifest is in the database and the import says it is done.
     */
    private void awaitReady(String jdbcUrl, int seedMemoirs, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("The service exited (" + process.exitValue() + "); see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && memoirs(jdbcUrl) >= seedMemoirs
                        && Files.readString(log).contains(SHIPPED_CORPUS_READY)) {
                    return;
                }
            } catch (IOException | SQLException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("The service was not ready within " + timeout + "; see " + log);
    }

    private static int seedMemoirs(Path project) throws IOException {
        String manifest = Files.readString(project.resolve("src/main/resources/seeds/manifest.json"));
        return (int) manifest.lines().filter(l -> l.contains("\"slug\"")).count();
    }

    private static long memoirs(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgres.USER, "");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM memoir")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A benchmark of a service that died half-way means nothing: say so instead of reporting figures. */
    void requireAlive() throws IOException {
        if (!process.isAlive()) {
            throw new IOException("The service exited (" + process.exitValue() + ") during the benchmark; see " + log);
        }
    }

    /** SIGTERM, so Quarkus shuts down gracefully; forcibly only if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Stops a service that may never have started; an interrupted wait keeps the interrupt. */
    static void stop(ServiceProcess service) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

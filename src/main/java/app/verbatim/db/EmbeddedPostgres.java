package app.verbatim.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the io.zonky.test.postgres binaries on the classpath, for a
 * machine where no database is configured. PostgreSQL refuses to run as root, so when we are root
 * the server programs run as the unprivileged user {@code nobody} (through {@code runuser}).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "verbatim";
    public static final String USER = "verbatim";
    private static final String UNPRIVILEGED_USER = "nobody";

    private final Path binDir;
    private final Path dataDir;
    private final boolean throwaway;
    private final int port;
    private volatile boolean running;

    private EmbeddedPostgres(Path binDir, Path dataDir, boolean throwaway, int port) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.throwaway = throwaway;
        this.port = port;
    }

    /**
     * Starts a server on a free loopback port. A {@code throwaway} data directory is deleted on
     * {@link #close()}; otherwise it is kept so that a restart finds everything stored before.
     */
    public static EmbeddedPostgres start(Path dataDir, boolean throwaway) {
        try {
            Path binDir = installBinaries();
            EmbeddedPostgres pg = new EmbeddedPostgres(binDir, dataDir.toAbsolutePath(), throwaway, freePort());
            pg.initIfEmpty();
            pg.startServer();
            pg.createDatabaseIfMissing();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Where the supervised server stands: up, restarting after a crash, or given up on. */
    public enum State { UP, RESTARTING, FAILED }

    /** The state, the restarts so far, and the cause of the last failure (never an address). */
    public record Status(State state, int restarts, String cause) {
    }

    private volatile Status status = new Status(State.UP, 0, null);

    /** The embedded server this process started, if any: what the health checks report on. */
    private static volatile EmbeddedPostgres current;

    public static java.util.Optional<EmbeddedPostgres> current() {
        return java.util.Optional.ofNullable(current);
    }

    public Status status() {
        return status;
    }

    /**
     * Watches the server and starts it again when it dies (killed, out of memory): every {@code every}, the
     * postmaster's process is looked up from its pid file; a dead one is restarted on the same port and data
     * directory (PostgreSQL recovers from its log). After {@code giveUpAfter} without success the state is
     * FAILED, which liveness reports, so whatever supervises the service can restart it.
     */
    public void supervise(java.time.Duration every, java.time.Duration giveUpAfter) {
        current = this;
        Thread watcher = new Thread(() -> {
            long downSince = -1;
            while (running) {
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (!running || postmasterAlive()) {
                    if (downSince >= 0) {
                        status = new Status(State.UP, status.restarts(), null);
                        downSince = -1;
                    }
                    continue;
                }
                if (downSince < 0) {
                    downSince = System.nanoTime();
                    System.err.println("Embedded PostgreSQL died; starting it again");
                }
                try {
                    startServer();
                    status = new Status(State.UP, status.restarts() + 1, null);
                    System.err.println("Embedded PostgreSQL is running again (restart " + status.restarts() + ")");
                    downSince = -1;
                } catch (IOException e) {
                    boolean givenUp = System.nanoTime() - downSince > giveUpAfter.toNanos();
                    status = new Status(givenUp ? State.FAILED : State.RESTARTING, status.restarts(),
                            "the embedded database server stopped and could not be started again yet");
                }
            }
        }, "embedded-postgres-supervisor");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The postmaster named by the pid file is alive; no pid file or a dead process means it is not. */
    private boolean postmasterAlive() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return false;
            }
            String first = Files.readAllLines(pidFile).get(0).strip();
            return ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        } catch (IOException e) {
            // The server may already be gone (killed with its process group); nothing left to stop.
        }
        running = false;
        if (throwaway) {
            deleteTree(dataDir);
        }
    }

    private void initIfEmpty() throws IOException {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            stopLeftoverServer();
            return;
        }
        Files.createDirectories(dataDir);
        handToServerUser(dataDir);
        run(List.of(bin("initdb"), "-D", dataDir.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
    }

    /** A service killed without a chance to stop its server leaves one running on the data directory. */
    private void stopLeftoverServer() throws IOException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
            } catch (IOException e) {
                // A stale pid file with no server behind it: pg_ctl start copes with that.
            }
        }
    }

    private void startServer() throws IOException {
        String options = "-c listen_addresses=127.0.0.1 -c port=" + port
                + " -c unix_socket_directories='' -c fsync=" + (throwaway ? "off" : "on")
                + " -c max_connections=100 -c shared_buffers=256MB";
        run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-o", options,
                "-l", dataDir.resolve("server.log").toString(), "-w", "-t", "60", "start"));
        running = true;
    }

    private void createDatabaseIfMissing() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var connection = DriverManager.getConnection(url, USER, "");
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Embedded PostgreSQL started but refused a connection", e);
        }
    }

    private String bin(String program) {
        return binDir.resolve("bin").resolve(program).toString();
    }

    private static void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("verbatim-pg", ".log");
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static void handToServerUser(Path dir) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(UNPRIVILEGED_USER);
        Files.setOwner(dir, nobody);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (!Files.isExecutable(p) || !PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).endsWith("x")) {
                throw new IOException("The PostgreSQL server runs as '" + UNPRIVILEGED_USER
                        + "' and cannot reach " + dir + " through " + p + "; set verbatim.embedded-db.data-dir"
                        + " (environment VERBATIM_EMBEDDED_DB_DATA_DIR) to a directory under a world-traversable path");
            }
        }
    }

    /**
     * Where the embedded database keeps its data when no directory is configured: {@code preferred} (the
     * project's data/postgres), unless this process runs as root and the unprivileged server user cannot reach
     * it (a clone under /root, mode 700): then a directory of its own under /var/lib/verbatim, one per project.
     */
    public static Path defaultDataDir(Path preferred) {
        Path absolute = preferred.toAbsolutePath().normalize();
        if (!isRoot() || traversable(absolute)) {
            return absolute;
        }
        String id = Integer.toHexString(absolute.toString().hashCode());
        return Path.of("/var/lib/verbatim", "postgres-" + id);
    }

    /** Every existing ancestor lets others through (o+x). */
    private static boolean traversable(Path dir) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).endsWith("x")) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unpacks the server binaries once per version into a shared, world-readable directory so
     * every run (and the unprivileged server user) finds them without unpacking again.
     */
    private static Path installBinaries() throws IOException {
        String archive = "postgres-linux-" + archSuffix() + ".txz";
        var url = EmbeddedPostgres.class.getClassLoader().getResource(archive);
        if (url == null) {
            throw new IOException("PostgreSQL binaries " + archive + " are not on the classpath");
        }
        // The jar's location names the binaries' version: one unpacked copy per version.
        String version = Integer.toHexString(url.toString().hashCode());
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "verbatim-postgres-" + version);
        if (Files.exists(root.resolve(".complete"))) {
            return root;
        }
        Path staging = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "verbatim-postgres-");
        try (InputStream in = resource(archive);
             var tar = new TarArchiveInputStream(new XZInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe entry in PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0111) != 0;
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(staging)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // Another process unpacked the same version first; use theirs.
            deleteTree(staging);
        }
        return root;
    }

    private static InputStream resource(String name) {
        return EmbeddedPostgres.class.getClassLoader().getResourceAsStream(name);
    }

    private static String archSuffix() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Leftovers in a temporary directory are harmless.
        }
    }
}

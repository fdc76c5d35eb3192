package app.verbatim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import app.verbatim.db.EmbeddedPostgres;
import app.verbatim.works.convert.ConvertWorksCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded PostgreSQL before Quarkus when no database is configured, so that the one
 * run command works on a machine with nothing but a JDK and Maven. {@code convert-works} as the first
 * argument runs the works converter instead, a plain command that needs neither database nor Quarkus.
 */
@QuarkusMain
public final class VerbatimMain {

    static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_PROPERTY = "verbatim.embedded-db.data-dir";
    static final String CONVERT_WORKS = "convert-works";

    private VerbatimMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && CONVERT_WORKS.equals(args[0])) {
            System.exit(ConvertWorksCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Optional<EmbeddedPostgres> embedded = startEmbeddedUnlessConfigured();
        embedded.ifPresent(pg -> Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "embedded-postgres-stop")));
        try {
            Quarkus.run(args);
        } finally {
            embedded.ifPresent(EmbeddedPostgres::close);
        }
    }

    private static Optional<EmbeddedPostgres> startEmbeddedUnlessConfigured() {
        if (setting(JDBC_URL_PROPERTY).isPresent()) {
            return Optional.empty();
        }
        Path dataDir = setting(DATA_DIR_PROPERTY).map(Path::of)
                .orElseGet(() -> EmbeddedPostgres.defaultDataDir(Path.of("data/postgres")));
        System.out.println("Starting the embedded PostgreSQL 16 (data in " + dataDir.toAbsolutePath()
                + "; set verbatim.embedded-db.data-dir to move it, or quarkus.datasource.jdbc.url to use another database)");
        EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir, false);
        // restarted within a second of a crash; given up on (liveness fails) after half a minute
        pg.supervise(Duration.ofSeconds(1), Duration.ofSeconds(30));
        System.out.println("Embedded PostgreSQL is running on 127.0.0.1:" + pg.port());
        System.setProperty(JDBC_URL_PROPERTY, pg.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedPostgres.USER);
        System.setProperty("quarkus.datasource.password", "");
        return Optional.of(pg);
    }

    /** Quarkus' config is not up yet: read the two places a launcher can set it. */
    private static Optional<String> setting(String property) {
        String fromSystem = System.getProperty(property);
        if (fromSystem != null && !fromSystem.isBlank()) {
            return Optional.of(fromSystem);
        }
        String env = System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        return Optional.ofNullable(env).filter(v -> !v.isBlank());
    }
}

package app.verbatim.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the database answers (readiness: while it does not, requests are answered 503 and a load balancer
 * should send them elsewhere) and whether it can still come back (liveness: the embedded server, once given up
 * on, needs the service restarted). Causes are named without addresses or driver messages.
 */
public final class DatabaseHealth {

    private DatabaseHealth() {
    }

    @Readiness
    @ApplicationScoped
    static class Ready implements HealthCheck {

        private final DataSource dataSource;

        Ready(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public HealthCheckResponse call() {
            var response = HealthCheckResponse.named("database");
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(2)) {
                    return response.up().build();
                }
            } catch (SQLException | RuntimeException e) {
                // answered below, without the driver's message (it names the server's address)
            }
            String cause = EmbeddedPostgres.current()
                    .map(pg -> pg.status().state() == EmbeddedPostgres.State.UP
                            ? "the database does not answer" : "the embedded database server stopped; it is being restarted")
                    .orElse("the configured database does not answer");
            return response.down().withData("cause", cause).build();
        }
    }

    @Liveness
    @ApplicationScoped
    static class Live implements HealthCheck {

        @Override
        public HealthCheckResponse call() {
            var status = EmbeddedPostgres.current().map(EmbeddedPostgres::status).orElse(null);
            var response = HealthCheckResponse.named("database-supervision");
            if (status == null) {
                return response.up().withData("embedded", false).build();
            }
            response.withData("embedded", true).withData("restarts", status.restarts());
            if (status.state() == EmbeddedPostgres.State.FAILED) {
                return response.down().withData("cause", status.cause()).build();
            }
            return response.up().build();
        }
    }
}

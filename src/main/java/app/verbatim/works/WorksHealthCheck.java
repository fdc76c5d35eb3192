package app.verbatim.works;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far the Works have loaded: "12 of 39 volumes". Loading does not make the service unready: it answers
 * from the memoirs and the volumes loaded so far meanwhile. A volume that failed to load is named.
 */
@Readiness
@ApplicationScoped
public class WorksHealthCheck implements HealthCheck {

    private final WorksLoader loader;

    WorksHealthCheck(WorksLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        WorksLoader.Progress p = loader.progress();
        var response = HealthCheckResponse.named("works")
                .up()
                .withData("volumes", p.loaded() + " of " + p.available() + " loaded")
                .withData("state", p.finished() ? "loaded" : "loading");
        if (p.loading() != null) {
            response.withData("loading", "volume " + p.loading());
        }
        if (!p.failures().isEmpty()) {
            response.withData("failures", String.join("; ", p.failures()));
        }
        return response.build();
    }
}

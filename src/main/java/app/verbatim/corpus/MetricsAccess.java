package app.verbatim.corpus;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import app.verbatim.api.HttpErrors;
import app.verbatim.api.Problem;
import app.verbatim.api.ProblemException;

/**
 * The Prometheus metrics (/q/metrics) tell an outsider how busy the service is and how it is built: they need
 * the admin key unless {@code verbatim.metrics.public} opens them (for a scraper inside a private network).
 */
@ApplicationScoped
public class MetricsAccess {

    private final AdminKey adminKey;
    private final boolean open;

    MetricsAccess(AdminKey adminKey, @ConfigProperty(name = "verbatim.metrics.public", defaultValue = "false") boolean open) {
        this.adminKey = adminKey;
        this.open = open;
    }

    void install(@Observes Router router) {
        router.route("/q/metrics*").order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    private void guard(RoutingContext context) {
        if (open) {
            context.next();
            return;
        }
        try {
            adminKey.require(Optional.ofNullable(context.request().getHeader(AdminKey.HEADER)).orElse(null));
            context.next();
        } catch (ProblemException e) {
            HttpErrors.send(context, Problem.of(e.status(), e.title(), "The metrics need the admin key in the X-Admin-Key"
                    + " header (or verbatim.metrics.public=true)", AdminKey.HEADER, null));
        }
    }
}

package app.verbatim.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers and holds a corpus to look quotations up in. */
@Readiness
@ApplicationScoped
public class CorpusHealthCheck implements HealthCheck {

    private final EntityManager em;

    CorpusHealthCheck(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public HealthCheckResponse call() {
        try {
            // Memoirs are few; counting a million quotations on every probe would not be cheap.
            long memoirs = ((Number) em.createNativeQuery("SELECT count(*) FROM memoir").getSingleResult()).longValue();
            return HealthCheckResponse.named("corpus")
                    .status(memoirs > 0)
                    .withData("memoirs", memoirs)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("corpus").down().withData("error", "database unreachable").build();
        }
    }
}

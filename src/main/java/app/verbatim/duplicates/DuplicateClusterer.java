package app.verbatim.duplicates;

import java.util.List;

import app.verbatim.corpus.MemoirStored;
import app.verbatim.lookup.CandidateFinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Puts each Lenin quotation of a newly imported memoir into the cluster of the other places that
 * quote the same passage. Runs inside the import's transaction, so a failed import clusters nothing.
 * Works on rows, not entities: cluster merges rewrite many rows at once.
 */
@ApplicationScoped
public class DuplicateClusterer {

    /** Other quotations compared per quotation: the index ranks them by shared word pairs. */
    static final int CANDIDATES = 10;

    private final EntityManager em;
    private final CandidateFinder finder;
    private final SamePassage samePassage = new SamePassage();

    DuplicateClusterer(EntityManager em, CandidateFinder finder) {
        this.em = em;
        this.finder = finder;
    }

    /** Runs inside the import's transaction, so a failed import clusters nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void clusterMemoir(@Observes MemoirStored stored) {
        long memoirId = stored.memoirId();
        // Two imports clustering at once could each start a cluster for one passage.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('duplicate-clusters'))").getSingleResult();
        List<Object[]> quotations = em.createNativeQuery(
                "SELECT id, body FROM quotation WHERE memoir_id = ?1 AND lenin ORDER BY ordinal", Object[].class)
                .setParameter(1, memoirId)
                .getResultList();
        for (Object[] row : quotations) {
            long id = ((Number) row[0]).longValue();
            String body = (String) row[1];
            for (Long otherId : finder.leninQuotationsSharing(id, CANDIDATES)) {
                if (samePassage.test(body, bodyOf(otherId))) {
                    join(id, otherId);
                }
            }
        }
        dissolveLoneClusters();
        em.clear();
    }

    private String bodyOf(long id) {
        return (String) em.createNativeQuery("SELECT body FROM quotation WHERE id = ?1").setParameter(1, id).getSingleResult();
    }

    private Long clusterOf(long id) {
        Object cluster = em.createNativeQuery("SELECT cluster_id FROM quotation WHERE id = ?1").setParameter(1, id).getSingleResult();
        return cluster == null ? null : ((Number) cluster).longValue();
    }

    private void join(long a, long b) {
        Long ca = clusterOf(a);
        Long cb = clusterOf(b);
        if (ca != null && ca.equals(cb)) {
            return;
        }
        if (ca == null && cb == null) {
            long cluster = ((Number) em.createNativeQuery("INSERT INTO duplicate_cluster DEFAULT VALUES RETURNING id")
                    .getSingleResult()).longValue();
            assign(cluster, "id IN (?2, ?3)", a, b);
        } else if (ca == null) {
            assign(cb, "id = ?2", a);
        } else if (cb == null) {
            assign(ca, "id = ?2", b);
        } else {
            // Two clusters turn out to hold one passage: fold the second into the first.
            assign(ca, "cluster_id = ?2", cb);
            em.createNativeQuery("DELETE FROM duplicate_cluster WHERE id = ?1").setParameter(1, cb).executeUpdate();
        }
    }

    private void assign(long cluster, String where, Object... params) {
        var update = em.createNativeQuery("UPDATE quotation SET cluster_id = ?1 WHERE " + where).setParameter(1, cluster);
        for (int i = 0; i < params.length; i++) {
            update.setParameter(i + 2, params[i]);
        }
        update.executeUpdate();
    }

    /** A re-imported memoir takes its quotations out of clusters, which may leave one member alone. */
    private void dissolveLoneClusters() {
        em.createNativeQuery("""
                UPDATE quotation SET cluster_id = NULL
                 WHERE cluster_id IN (SELECT cluster_id FROM quotation WHERE cluster_id IS NOT NULL
                                       GROUP BY cluster_id HAVING count(*) < 2)""").executeUpdate();
        em.createNativeQuery("""
                DELETE FROM duplicate_cluster c
                 WHERE NOT EXISTS (SELECT 1 FROM quotation q WHERE q.cluster_id = c.id)""").executeUpdate();
    }
}

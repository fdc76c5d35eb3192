package app.verbatim.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.verbatim.corpus.MemoirStored;
import app.verbatim.duplicates.SamePassage;
import app.verbatim.lookup.CandidateFinder;
import app.verbatim.match.Shingles;
import app.verbatim.text.TextNormaliser;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Finds the quotations that quote the same passage as a quotation attributed to someone else: the same words given
 * to Lenin in one memoir and to Trotsky in another. Duplicate clusters hold only Lenin's quotations, so they cannot
 * show this; the review queue needs it. Worked out when a memoir is stored (after its duplicate clusters), the same
 * way clusters are: candidates from the lookup index, then {@link SamePassage}.
 */
@ApplicationScoped
public class SpeakerConflicts {

    /** Other quotations compared per quotation, the most similar by shared word pairs. */
    static final int CANDIDATES = 5;
    /** Shorter quotations ("Quite right!") are the same words by chance, not the same passage. */
    static final int MIN_WORDS = 6;

    private final EntityManager em;
    private final CandidateFinder finder;
    private final QuotationRows rows;
    private final SamePassage samePassage = new SamePassage();

    SpeakerConflicts(EntityManager em, CandidateFinder finder, QuotationRows rows) {
        this.em = em;
        this.finder = finder;
        this.rows = rows;
    }

    /** After the duplicate clusterer and the citation checks (a later priority than theirs). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onMemoirStored(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) MemoirStored stored) {
        scan(stored.memoirId());
    }

    /**
     * A database from before reviews existed has memoirs nobody scanned: scanned once at start, in the background
     * (readiness does not wait), each memoir in a transaction of its own under its import lock.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        List<Long> unscanned = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT m.id FROM memoir m LEFT JOIN review_scan s ON s.memoir_id = m.id
                         WHERE s.content_hash IS DISTINCT FROM m.content_hash ORDER BY m.id""")
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        if (unscanned.isEmpty()) {
            return;
        }
        Thread scanner = new Thread(() -> {
            for (long memoirId : unscanned) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> rows.slug(memoirId).ifPresent(slug -> {
                        rows.lockMemoir(slug);
                        scan(memoirId);
                    }));
                } catch (RuntimeException e) {
                    Log.errorf(e, "Review: finding speaker conflicts of memoir %d failed", memoirId);
                }
            }
            Log.infof("Review: speaker conflicts found for %d memoirs stored before", unscanned.size());
        }, "speaker-conflicts");
        scanner.setDaemon(true);
        scanner.start();
    }

    private record Row(long id, String body, String speaker, String speakerKind) {
    }

    /** Replaces the conflicts involving this memoir's quotations with those found now. */
    void scan(long memoirId) {
        List<Row> quotations = rows(em.createNativeQuery(
                        "SELECT id, body, speaker, speaker_kind FROM quotation WHERE memoir_id = ?1 ORDER BY id", Object[].class)
                .setParameter(1, memoirId)
                .getResultList());
        List<Row> asked = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (Row q : quotations) {
            var tokens = TextNormaliser.tokenize(q.body());
            if (!q.speakerKind().equals("UNKNOWN") && tokens.size() >= MIN_WORDS) {
                asked.add(q);
                pairs.add(Shingles.inTextOrder(tokens));
            }
        }
        Set<List<Long>> found = new LinkedHashSet<>();
        if (!asked.isEmpty()) {
            List<List<CandidateFinder.Candidate>> candidates = finder.find(pairs, CANDIDATES);
            Set<Long> otherIds = candidates.stream().flatMap(List::stream)
                    .filter(c -> c.source() == CandidateFinder.Source.QUOTATION).map(CandidateFinder.Candidate::id)
                    .collect(Collectors.toSet());
            Map<Long, Row> others = byId(otherIds);
            for (int i = 0; i < asked.size(); i++) {
                Row q = asked.get(i);
                for (CandidateFinder.Candidate c : candidates.get(i)) {
                    Row other = others.get(c.id());
                    if (c.source() != CandidateFinder.Source.QUOTATION || other == null || other.id() == q.id()
                            || other.speakerKind().equals("UNKNOWN") || other.speaker().equalsIgnoreCase(q.speaker())) {
                        continue;
                    }
                    if (samePassage.test(q.body(), other.body())) {
                        found.add(List.of(q.id(), other.id()));
                        found.add(List.of(other.id(), q.id()));
                    }
                }
            }
        }
        em.createNativeQuery("""
                        DELETE FROM review_speaker_conflict
                         WHERE quotation_id IN (SELECT id FROM quotation WHERE memoir_id = ?1)
                            OR other_id IN (SELECT id FROM quotation WHERE memoir_id = ?1)""")
                .setParameter(1, memoirId)
                .executeUpdate();
        for (List<Long> pair : found) {
            em.createNativeQuery("INSERT INTO review_speaker_conflict (quotation_id, other_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, pair.get(0))
                    .setParameter(2, pair.get(1))
                    .executeUpdate();
        }
        em.createNativeQuery("""
                        INSERT INTO review_scan (memoir_id, content_hash) SELECT id, content_hash FROM memoir WHERE id = ?1
                        ON CONFLICT (memoir_id) DO UPDATE SET content_hash = EXCLUDED.content_hash""")
                .setParameter(1, memoirId)
                .executeUpdate();
    }

    private Map<Long, Row> byId(Set<Long> ids) {
        Map<Long, Row> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        rows(em.createNativeQuery("SELECT id, body, speaker, speaker_kind FROM quotation WHERE id IN (?1)", Object[].class)
                .setParameter(1, ids)
                .getResultList()).forEach(r -> out.put(r.id(), r));
        return out;
    }

    private static List<Row> rows(List<?> result) {
        List<Row> out = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            out.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }
}

package app.verbatim.review;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.verbatim.corpus.CorpusConfig;
import app.verbatim.corpus.CorpusImporter;
import app.verbatim.corpus.ImportSummary;
import app.verbatim.corpus.Memoir;
import app.verbatim.corpus.MemoirSource;
import app.verbatim.corpus.MemoirStored;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Restores an export into this database, empty or not, in one transaction: memoirs missing or with another text are
 * imported (and extracted) again, reviews are written by uid with their whole history, and then placed on the
 * quotations by content and position exactly as after a re-import. Reviews the export does not hold are left as they
 * are. Restoring the same export twice changes nothing the second time.
 */
@ApplicationScoped
public class CorpusRestore {

    /** What a restore did. */
    public record Summary(int memoirs, int memoirsImported, int reviews, int reviewsChanged) {
    }

    private final CorpusImporter importer;
    private final CorpusConfig config;
    private final QuotationRows rows;
    private final EntityManager em;
    private final Event<MemoirStored> stored;

    CorpusRestore(CorpusImporter importer, CorpusConfig config, QuotationRows rows, EntityManager em,
                  Event<MemoirStored> stored) {
        this.importer = importer;
        this.config = config;
        this.rows = rows;
        this.em = em;
        this.stored = stored;
    }

    /** Reads the whole export first: a bad line is refused before anything is written. */
    public Summary restore(InputStream export) {
        return apply(ExportParser.parse(export, config.maxMemoirChars()));
    }

    @Transactional
    Summary apply(ExportParser.Parsed export) {
        Map<String, Long> memoirIds = new HashMap<>();
        int imported = 0;
        for (ExportLine.Memoir m : export.memoirs().values()) {
            ImportSummary summary = importer.importMemoir(new MemoirSource(m.slug(), m.author(), m.title(), m.part(),
                    m.editionNote(), m.text()), Memoir.Origin.valueOf(m.origin()), true);
            memoirIds.put(m.slug(), summary.memoirId());
            if (summary.outcome() != ImportSummary.Outcome.UNCHANGED) {
                imported++;
            }
        }
        int changed = 0;
        Set<Long> touched = new LinkedHashSet<>();
        for (ExportLine.Quotation q : export.reviewed()) {
            long memoirId = memoirIds.get(q.memoir());
            if (touched.add(memoirId)) {
                rows.lockMemoir(q.memoir());
            }
            if (write(memoirId, q)) {
                changed++;
            }
        }
        em.flush();
        for (long memoirId : touched) {
            // Reviews restored are placed on the memoir's rows (the keeper runs first), then duplicate clusters,
            // citation checks and speaker conflicts follow the reviewed state, as after an import.
            stored.fire(new MemoirStored(memoirId));
        }
        Log.infof("Restore: %d memoirs (%d imported again), %d reviews (%d changed)", export.memoirs().size(), imported,
                export.reviewed().size(), changed);
        return new Summary(export.memoirs().size(), imported, export.reviewed().size(), changed);
    }

    /**
     * Writes one review as the export has it; answers whether it differed. Its located hash is cleared, so that the
     * keeper places it on this database's rows.
     */
    private boolean write(long memoirId, ExportLine.Quotation q) {
        ExportLine.Review r = q.review();
        UUID uid = UUID.fromString(r.uid());
        Review review = Review.<Review>find("uid", uid).firstResult();
        boolean isNew = review == null;
        if (isNew) {
            review = new Review();
            review.uid = uid;
        }
        QuotationState state = new QuotationState(q.speaker(), app.verbatim.text.SpeakerKind.valueOf(q.speakerKind()),
                q.issuingBody(), app.verbatim.text.QuotationKind.valueOf(q.kind()), q.start(), q.end(), q.text(),
                ExportLine.citation(q.citation()));
        boolean same = !isNew && review.memoirId == memoirId && state.equals(review.state())
                && r.status().equals(review.status) && r.orphaned() == review.orphaned && r.version() == review.version
                && r.createdAt().equals(CorpusExport.instant(review.createdAt))
                && r.updatedAt().equals(CorpusExport.instant(review.updatedAt));
        review.memoirId = memoirId;
        review.state(state);
        review.status = r.status();
        review.orphaned = r.orphaned();
        review.version = r.version();
        review.createdAt = OffsetDateTime.parse(r.createdAt());
        review.updatedAt = OffsetDateTime.parse(r.updatedAt());
        review.locatedHash = "";
        review.persist();
        em.flush();
        List<ReviewChange> before = ReviewChange.list("reviewId = ?1 order by id", review.id);
        if (!sameHistory(before, r.history())) {
            same = false;
            ReviewChange.delete("reviewId", review.id);
            for (ExportLine.Change c : r.history()) {
                ReviewChange change = new ReviewChange();
                change.reviewId = review.id;
                change.version = c.version();
                change.changedAt = OffsetDateTime.parse(c.at());
                change.keyName = c.by();
                change.reason = c.reason();
                change.field = c.field();
                change.oldValue = c.old() == null || c.old().isNull() ? null : ReviewJson.write(c.old());
                change.newValue = c.newValue() == null || c.newValue().isNull() ? null : ReviewJson.write(c.newValue());
                change.persist();
            }
        }
        return !same;
    }

    private static boolean sameHistory(List<ReviewChange> stored, List<ExportLine.Change> exported) {
        if (stored.size() != exported.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            ReviewChange s = stored.get(i);
            ExportLine.Change e = exported.get(i);
            boolean same = s.version == e.version() && CorpusExport.instant(s.changedAt).equals(e.at())
                    && java.util.Objects.equals(s.keyName, e.by()) && s.reason.equals(e.reason()) && s.field.equals(e.field())
                    && java.util.Objects.equals(ReviewJson.tree(s.oldValue), nullIfNull(e.old()))
                    && java.util.Objects.equals(ReviewJson.tree(s.newValue), nullIfNull(e.newValue()));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static com.fasterxml.jackson.databind.JsonNode nullIfNull(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}

package app.verbatim.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.verbatim.api.ProblemException;
import app.verbatim.corpus.MemoirStored;
import app.verbatim.review.QuotationRows.MemoirText;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Applies a reviewer's decision about a quotation: records it in the review (state, status, version) and its
 * history, and writes the quotation row with it, so that lookups, the draft check, duplicates, the volume browse and
 * citation checks use it at once. A rejected quotation leaves the searchable rows (its review keeps what it was):
 * every reader then skips it without having to know about reviews. Then the memoir's duplicate clusters and
 * citation checks are brought up to date, through the same event an import fires.
 */
@ApplicationScoped
public class ReviewService {

    private final QuotationRows rows;
    private final ReviewViews views;
    private final ReviewKeeper keeper;
    private final EntityManager em;
    private final Event<MemoirStored> stored;

    ReviewService(QuotationRows rows, ReviewViews views, ReviewKeeper keeper, EntityManager em, Event<MemoirStored> stored) {
        this.rows = rows;
        this.views = views;
        this.keeper = keeper;
        this.em = em;
        this.stored = stored;
    }

    /** One field's change, its values as JSON. */
    record FieldChange(String field, String old, String now) {
    }

    @Transactional
    public ReviewView.Decision decide(long quotationId, QuotationPatch patch, String keyName) {
        long memoirId = memoirOf(quotationId).orElseThrow(() -> ProblemException.notFound("No quotation " + quotationId));
        rows.lockMemoir(rows.slug(memoirId).orElseThrow());
        // Read after the lock: a decision or a re-import that held it has committed by now.
        MemoirText memoir = rows.memoir(memoirId).orElseThrow();
        Review review = Review.<Review>find("quotationId", quotationId).firstResult();
        Optional<QuotationState> row = rows.state(quotationId);
        if (row.isEmpty() && review == null) {
            throw ProblemException.notFound("No quotation " + quotationId);
        }
        int version = review == null ? 0 : review.version;
        if (patch.version() != null && patch.version() != version) {
            throw ProblemException.conflict("version", "The quotation's review is at version " + version + ", not "
                    + patch.version() + ": someone decided about it meanwhile. Read it again and decide on what it is now");
        }
        if (review != null && review.orphaned && patch.extent() == null) {
            throw ProblemException.conflict("extent", "The reviewed passage is no longer in the memoir's text; give its "
                    + "extent in the text as it is now to place the review again");
        }
        QuotationState before = row.isPresent() ? row.get() : review.state();
        QuotationState after = apply(before, patch, memoir);
        List<FieldChange> changes = changes(before, after);
        ReviewStatus was = review == null ? null : review.status();
        ReviewStatus status = patch.status() != null ? patch.status()
                : !changes.isEmpty() ? ReviewStatus.CORRECTED : was;
        if (!changes.isEmpty() && status == ReviewStatus.CONFIRMED) {
            throw ProblemException.badRequest("status", "confirmed means the quotation is right as it stands; "
                    + "a decision that changes it is corrected");
        }
        if (!changes.isEmpty() && status == ReviewStatus.REJECTED) {
            throw ProblemException.badRequest("status", "rejected (not a quotation) takes no other change");
        }
        if (patch.status() == null && changes.isEmpty()) {
            // The fields sent are what the quotation already has (a repeated request): nothing to decide.
            return new ReviewView.Decision(review == null ? null : views.of(review), List.of());
        }
        if (status != was || patch.status() != null) {
            // a status sent is a decision even when it repeats the last one (confirmed again, by someone else)
            changes.add(new FieldChange("status", ReviewJson.write(was), ReviewJson.write(status)));
        }
        if (review != null && review.orphaned) {
            changes.add(new FieldChange("orphaned", "true", "false"));
        }

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (review == null) {
            review = new Review();
            review.uid = UUID.randomUUID();
            review.memoirId = memoir.id();
            review.quotationId = quotationId;
            review.createdAt = now;
        }
        boolean wasSearchable = row.isPresent();
        review.state(after);
        review.status = status.wire();
        review.orphaned = false;
        review.locatedHash = memoir.contentHash();
        review.version = version + 1;
        review.updatedAt = now;
        review.persist();
        em.flush();
        List<ReviewView.ChangeView> recorded = new ArrayList<>();
        for (FieldChange change : changes) {
            recorded.add(views.change(ReviewHistory.record(review, change, keyName, patch.reason(), now)));
        }

        boolean fieldsChanged = changes.stream().anyMatch(c -> !c.field().equals("status") && !c.field().equals("orphaned"));
        if (status == ReviewStatus.REJECTED) {
            row.ifPresent(r -> rows.delete(quotationId));
        } else if (wasSearchable) {
            rows.write(quotationId, memoir, after, textOrSpeakerChanged(before, after));
            if (fieldsChanged) {
                rows.forgetWorksPlace(quotationId);
            }
        } else {
            // Back among the quotations: a rejection undone, or an orphaned review placed again.
            review.quotationId = keeper.place(review, memoir, quotationId);
        }
        rows.dropUnusedCitations(memoir.id());
        em.flush();
        long reviewId = review.id;
        if (fieldsChanged || wasSearchable != (status != ReviewStatus.REJECTED)) {
            // Duplicate clusters, citation checks and speaker conflicts of the memoir, as after an import.
            stored.fire(new MemoirStored(memoir.id()));
        }
        return new ReviewView.Decision(views.of(Review.<Review>findById(reviewId)), recorded);
    }

    /** The memoir of a quotation row, or of the review of a quotation whose row is gone (rejected, orphaned). */
    private Optional<Long> memoirOf(long quotationId) {
        Optional<Long> memoirId = rows.memoirOf(quotationId);
        if (memoirId.isEmpty()) {
            memoirId = Review.<Review>find("quotationId", quotationId).firstResultOptional().map(r -> r.memoirId);
        }
        return memoirId;
    }

    /** The state after a decision. Speakers are named as everywhere (Lenin under any of his names). */
    static QuotationState apply(QuotationState s, QuotationPatch p, MemoirText memoir) {
        if (p.issuingBodyGiven()) {
            s = s.withIssuingBody(p.issuingBody());
        }
        if (p.speaker() != null) {
            String name = Speakers.canonical(p.speaker());
            SpeakerKind kind;
            if (name.equalsIgnoreCase(Speakers.UNKNOWN)) {
                name = Speakers.UNKNOWN;
                kind = SpeakerKind.UNKNOWN;
            } else if (name.equals(s.issuingBody())) {
                // The body speaks for itself (a resolution nobody is named as writing): a document's words, as the
                // extraction marks them.
                kind = SpeakerKind.DOCUMENT;
            } else if (name.equals(memoir.author())) {
                kind = SpeakerKind.MEMOIRIST;
            } else {
                kind = SpeakerKind.PERSON;
            }
            s = s.withSpeaker(name, kind);
        }
        if (p.kind() != null) {
            s = s.withKind(p.kind());
        }
        if (p.extent() != null) {
            int length = memoir.body().length();
            if (p.extent().end() > length) {
                throw ProblemException.badRequest("extent.end", "extent.end " + p.extent().end()
                        + " lies outside the memoir's text, which has " + length + " characters");
            }
            String text = memoir.body().substring(p.extent().start(), p.extent().end());
            if (text.isBlank()) {
                throw ProblemException.badRequest("extent", "The extent holds no words");
            }
            s = s.withExtent(p.extent().start(), p.extent().end(), text);
        }
        if (p.citationGiven()) {
            ReviewCitation wanted = p.citation() == null ? null : p.citation().citation();
            if (!ReviewCitation.sameClaim(s.citation(), wanted)) {
                s = s.withCitation(wanted);
            }
        }
        return s;
    }

    static List<FieldChange> changes(QuotationState a, QuotationState b) {
        List<FieldChange> out = new ArrayList<>();
        if (!a.speaker().equals(b.speaker())) {
            out.add(new FieldChange("speaker", ReviewJson.write(a.speaker()), ReviewJson.write(b.speaker())));
        }
        if (a.speakerKind() != b.speakerKind()) {
            out.add(new FieldChange("speakerKind", ReviewJson.write(a.speakerKind()), ReviewJson.write(b.speakerKind())));
        }
        if (!Objects.equals(a.issuingBody(), b.issuingBody())) {
            out.add(new FieldChange("issuingBody", ReviewJson.write(a.issuingBody()), ReviewJson.write(b.issuingBody())));
        }
        if (a.kind() != b.kind()) {
            out.add(new FieldChange("kind", ReviewJson.write(a.kind()), ReviewJson.write(b.kind())));
        }
        if (a.start() != b.start() || a.end() != b.end()) {
            out.add(new FieldChange("extent", ReviewJson.write(new QuotationPatch.Extent(a.start(), a.end())),
                    ReviewJson.write(new QuotationPatch.Extent(b.start(), b.end()))));
        }
        if (!a.text().equals(b.text())) {
            out.add(new FieldChange("text", ReviewJson.write(a.text()), ReviewJson.write(b.text())));
        }
        if (!ReviewCitation.sameClaim(a.citation(), b.citation())) {
            out.add(new FieldChange("citation", ReviewJson.write(a.citation()), ReviewJson.write(b.citation())));
        }
        return out;
    }

    private static boolean textOrSpeakerChanged(QuotationState a, QuotationState b) {
        return !a.text().equals(b.text()) || !Objects.equals(a.speaker(), b.speaker());
    }
}

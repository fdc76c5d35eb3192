package app.verbatim.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;

import app.verbatim.review.QuotationRows.Row;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Writes the curated corpus as JSON Lines ({@link ExportLine}): each memoir with its text, then every quotation in
 * text order, with its review and history when it has one. One repeatable-read transaction, so that the lines are a
 * consistent picture even while reviewers work; written memoir by memoir, so that the whole never sits in memory.
 */
@ApplicationScoped
public class CorpusExport {

    /** Lines in the order an export writes them, so that two exports of one corpus are the same text. */
    static final Comparator<ExportLine.Quotation> TEXT_ORDER = Comparator.comparingInt(ExportLine.Quotation::start)
            .thenComparingInt(ExportLine.Quotation::end)
            .thenComparing(ExportLine.Quotation::text)
            .thenComparing(q -> q.review() == null ? "" : q.review().uid());

    private final EntityManager em;
    private final QuotationRows rows;

    CorpusExport(EntityManager em, QuotationRows rows) {
        this.em = em;
        this.rows = rows;
    }

    public void write(OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            // Must come first in the transaction: every later read sees the database as of this moment.
            em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
            line(out, ExportLine.Header.now());
            List<Object[]> memoirs = em.createNativeQuery("""
                    SELECT id, slug, author, title, part, edition_note, origin, body FROM memoir ORDER BY slug""",
                    Object[].class).getResultList();
            for (Object[] m : memoirs) {
                long id = ((Number) m[0]).longValue();
                String text = (String) m[7];
                line(out, new ExportLine.Memoir("memoir", (String) m[1], (String) m[2], (String) m[3], (String) m[4],
                        (String) m[5], (String) m[6], textHash(text), text));
                for (ExportLine.Quotation q : quotations(id, (String) m[1])) {
                    line(out, q);
                }
                // the memoir's text and rows are written out: nothing of them is needed again
                em.clear();
            }
        });
    }

    private List<ExportLine.Quotation> quotations(long memoirId, String slug) {
        List<Review> reviews = Review.list("memoirId", memoirId);
        Map<Long, Review> byQuotation = reviews.stream().filter(r -> r.quotationId != null)
                .collect(Collectors.toMap(r -> r.quotationId, r -> r));
        Map<Long, List<ReviewChange>> history = history(reviews);
        List<Row> found = rows.states(memoirId);
        Set<Long> rowIds = found.stream().map(Row::id).collect(Collectors.toSet());
        List<ExportLine.Quotation> out = new ArrayList<>();
        for (Row row : found) {
            Review review = byQuotation.get(row.id());
            out.add(line(slug, row.state(), true, review == null ? null : review(review, history)));
        }
        for (Review review : reviews) {
            // rejected quotations and orphaned reviews: no row, the review holds what the quotation is
            if (review.quotationId == null || !rowIds.contains(review.quotationId)) {
                out.add(line(slug, review.state(), false, review(review, history)));
            }
        }
        out.sort(TEXT_ORDER);
        return out;
    }

    private Map<Long, List<ReviewChange>> history(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return Map.of();
        }
        return ReviewChange.<ReviewChange>list("reviewId in ?1 order by id", reviews.stream().map(r -> r.id).toList())
                .stream().collect(Collectors.groupingBy(c -> c.reviewId));
    }

    private static ExportLine.Quotation line(String slug, QuotationState s, boolean searchable, ExportLine.Review review) {
        return new ExportLine.Quotation("quotation", slug, s.start(), s.end(), s.text(), s.speaker(), s.speakerKind().name(),
                s.issuingBody(), s.kind().name(), ExportLine.citation(s.citation()), searchable, review);
    }

    private static ExportLine.Review review(Review r, Map<Long, List<ReviewChange>> history) {
        List<ExportLine.Change> changes = history.getOrDefault(r.id, List.of()).stream()
                .map(c -> new ExportLine.Change(c.version, instant(c.changedAt), c.keyName, c.reason, c.field,
                        ReviewJson.tree(c.oldValue), ReviewJson.tree(c.newValue)))
                .toList();
        return new ExportLine.Review(r.uid.toString(), r.status, r.orphaned, r.version, instant(r.createdAt),
                instant(r.updatedAt), changes);
    }

    static String instant(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String textHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void line(OutputStream out, Object line) {
        try {
            out.write(ReviewJson.MAPPER.writeValueAsBytes(line));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export line could not be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

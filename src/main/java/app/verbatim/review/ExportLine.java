package app.verbatim.review;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import app.verbatim.text.PageRange;

/**
 * The lines of an export (JSON Lines): a header, then each memoir followed by its quotations. Nothing in them names
 * a row id, which differs between databases: memoirs are named by slug, reviews by uid, quotations by their place in
 * the text. Timestamps are ISO-8601 strings in UTC, so that an export read back and written again is the same text.
 */
final class ExportLine {

    static final String FORMAT = "verbatim-export";
    static final int VERSION = 1;

    private ExportLine() {
    }

    @JsonPropertyOrder({"type", "format", "version"})
    record Header(String type, String format, int version) {
        static Header now() {
            return new Header("header", FORMAT, VERSION);
        }
    }

    /** A memoir with its source metadata, its text and the SHA-256 of the text (checked on import). */
    @JsonPropertyOrder({"type", "slug", "author", "title", "part", "editionNote", "origin", "textHash", "text"})
    record Memoir(String type, String slug, String author, String title, String part, String editionNote, String origin,
                  String textHash, String text) {
    }

    /**
     * A quotation as the corpus has it, with its review when someone reviewed it. A rejected quotation, or an orphaned
     * review, has no row: its line carries the review's state, and {@code searchable} is false.
     */
    @JsonPropertyOrder({"type", "memoir", "start", "end", "text", "speaker", "speakerKind", "issuingBody", "kind",
            "citation", "searchable", "review"})
    record Quotation(String type, String memoir, int start, int end, String text, String speaker, String speakerKind,
                     String issuingBody, String kind, Citation citation, boolean searchable, Review review) {
    }

    @JsonPropertyOrder({"source", "volume", "pages", "edition", "raw"})
    record Citation(String source, Integer volume, List<PageRange> pages, String edition, String raw) {
    }

    @JsonPropertyOrder({"uid", "status", "orphaned", "version", "createdAt", "updatedAt", "history"})
    record Review(String uid, String status, boolean orphaned, int version, String createdAt, String updatedAt,
                  List<Change> history) {
    }

    @JsonPropertyOrder({"version", "at", "by", "reason", "field", "old", "new"})
    record Change(int version, String at, String by, String reason, String field, JsonNode old,
                  @com.fasterxml.jackson.annotation.JsonProperty("new") JsonNode newValue) {
    }

    static Citation citation(ReviewCitation c) {
        return c == null ? null : new Citation(c.source(), c.volume(), c.pages(), c.edition(), c.raw());
    }

    static ReviewCitation citation(Citation c) {
        return c == null ? null : new ReviewCitation(c.source(), c.volume(), c.pages(), c.edition(), c.raw());
    }
}

package app.verbatim.review;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import app.verbatim.api.ProblemException;
import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;

/**
 * Reads a PATCH body field by field, so that each mistake is a 400 naming its field: an unknown field (Jackson
 * would ignore it, and the reviewer would believe it applied), a wrong type, a value out of range. A body of
 * {@code "citation": null} removes the citation, {@code "issuingBody": null} the issuing body; an absent field
 * leaves it.
 */
final class PatchParser {

    /** Longer than any name or body the extraction has found, shorter than a sentence pasted by mistake. */
    static final int MAX_SPEAKER = 200;
    static final int MAX_REASON = 2_000;
    static final int MAX_SOURCE = 200;
    static final int MAX_EDITION = 200;
    /** The longest quotation a reviewer can mark: longer than any a memoir holds, well within a page of the API. */
    static final int MAX_EXTENT = 20_000;
    static final int MAX_VOLUME = 100;
    static final int MAX_PAGE = 5_000;
    static final int MAX_PAGE_RANGES = 20;

    private static final Set<String> FIELDS = Set.of("speaker", "issuingBody", "kind", "extent", "citation", "status",
            "reason", "version");
    private static final Set<String> CITATION_FIELDS = Set.of("source", "volume", "pages", "edition");

    private PatchParser() {
    }

    static QuotationPatch parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest(null, "The body must be a JSON object of the fields to change and a reason");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest(name, "Unknown field '" + name + "'; a quotation's review sets "
                        + String.join(", ", List.of("speaker", "issuingBody", "kind", "extent", "citation", "status"))
                        + ", with a reason (and optionally the version it was read at)");
            }
        }
        String reason = text(body, "reason", MAX_REASON);
        if (reason == null) {
            throw ProblemException.badRequest("reason", "reason is required: say why the quotation is changed or confirmed");
        }
        String speaker = text(body, "speaker", MAX_SPEAKER);
        // null removes the issuing body: the words were not issued in anyone's name
        boolean issuingBodyGiven = body.has("issuingBody");
        String issuingBody = text(body, "issuingBody", MAX_SPEAKER);
        QuotationKind kind = null;
        String kindText = text(body, "kind", 20);
        if (kindText != null) {
            kind = switch (kindText) {
                case "SPOKEN" -> QuotationKind.SPOKEN;
                case "WRITTEN" -> QuotationKind.WRITTEN;
                default -> throw ProblemException.badRequest("kind", "kind must be SPOKEN or WRITTEN");
            };
        }
        ReviewStatus status = null;
        String statusText = text(body, "status", 20);
        if (statusText != null) {
            status = ReviewStatus.parse(statusText).orElseThrow(() ->
                    ProblemException.badRequest("status", "status must be confirmed, corrected or rejected"));
        }
        Integer version = null;
        if (body.has("version") && !body.get("version").isNull()) {
            version = integer(body.get("version"), "version", 0, Integer.MAX_VALUE);
        }
        boolean citationGiven = body.has("citation");
        QuotationPatch.CitationInput citation = citationGiven && !body.get("citation").isNull()
                ? citation(body.get("citation")) : null;
        QuotationPatch patch = new QuotationPatch(speaker, issuingBodyGiven, issuingBody, kind, extent(body), citationGiven, citation,
                status, reason, version);
        if (!patch.changesFields() && status == null) {
            throw ProblemException.badRequest("status",
                    "Nothing to decide: give a status (confirmed, corrected, rejected) or the fields to correct");
        }
        return patch;
    }

    private static QuotationPatch.Extent extent(JsonNode body) {
        if (!body.has("extent")) {
            return null;
        }
        JsonNode extent = body.get("extent");
        if (!extent.isObject()) {
            throw ProblemException.badRequest("extent", "extent must be an object {start, end} of character offsets");
        }
        onlyFields(extent, Set.of("start", "end"), "extent");
        if (!extent.has("start") || !extent.has("end")) {
            throw ProblemException.badRequest(extent.has("start") ? "extent.end" : "extent.start",
                    "extent needs both start and end");
        }
        int start = integer(extent.get("start"), "extent.start", 0, Integer.MAX_VALUE);
        int end = integer(extent.get("end"), "extent.end", 0, Integer.MAX_VALUE);
        if (end <= start) {
            throw ProblemException.badRequest("extent.end", "extent.end must be greater than extent.start");
        }
        if (end - start > MAX_EXTENT) {
            throw ProblemException.badRequest("extent.end", "A quotation is at most " + MAX_EXTENT + " characters long");
        }
        return new QuotationPatch.Extent(start, end);
    }

    private static QuotationPatch.CitationInput citation(JsonNode node) {
        if (!node.isObject()) {
            throw ProblemException.badRequest("citation", "citation must be an object {source, volume, pages, edition} or null");
        }
        onlyFields(node, CITATION_FIELDS, "citation");
        String source = text(node, "source", MAX_SOURCE, "citation.source");
        String edition = text(node, "edition", MAX_EDITION, "citation.edition");
        Integer volume = node.has("volume") && !node.get("volume").isNull()
                ? integer(node.get("volume"), "citation.volume", 1, MAX_VOLUME) : null;
        List<PageRange> pages = new ArrayList<>();
        if (node.has("pages") && !node.get("pages").isNull()) {
            JsonNode list = node.get("pages");
            if (!list.isArray() || list.size() > MAX_PAGE_RANGES) {
                throw ProblemException.badRequest("citation.pages",
                        "citation.pages must be a list of at most " + MAX_PAGE_RANGES + " {first, last} page ranges");
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "citation.pages[" + i + "]";
                JsonNode range = list.get(i);
                if (!range.isObject() || !range.has("first")) {
                    throw ProblemException.badRequest(at, at + " must be {first, last}");
                }
                onlyFields(range, Set.of("first", "last"), at);
                int first = integer(range.get("first"), at + ".first", 1, MAX_PAGE);
                int last = range.has("last") && !range.get("last").isNull()
                        ? integer(range.get("last"), at + ".last", first, MAX_PAGE) : first;
                pages.add(new PageRange(first, last));
            }
        }
        if (source == null && volume == null && pages.isEmpty()) {
            throw ProblemException.badRequest("citation",
                    "A citation names at least a source, a volume or pages; send \"citation\": null to remove it");
        }
        return new QuotationPatch.CitationInput(source, volume, pages, edition);
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String at) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (!allowed.contains(name)) {
                throw ProblemException.badRequest(at + "." + name, "Unknown field '" + at + "." + name + "'");
            }
        }
    }

    private static String text(JsonNode node, String name, int max) {
        return text(node, name, max, name);
    }

    /** A string field: absent or null is null; present, it must be text, not blank, within {@code max} characters. */
    private static String text(JsonNode node, String name, int max, String field) {
        if (!node.has(name) || node.get(name).isNull()) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw ProblemException.badRequest(field, field + " must be a string");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw ProblemException.badRequest(field, field + " must not be blank");
        }
        if (text.length() > max) {
            throw ProblemException.badRequest(field, field + " is " + text.length() + " characters long; at most " + max
                    + " are accepted");
        }
        if (text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')) {
            throw ProblemException.badRequest(field, field + " must not contain control characters");
        }
        return text;
    }

    private static int integer(JsonNode value, String field, int min, int max) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ProblemException.badRequest(field, field + " must be a whole number");
        }
        int n = value.intValue();
        if (n < min || n > max) {
            throw ProblemException.badRequest(field, field + " must be between " + min + " and " + max);
        }
        return n;
    }
}

package app.verbatim.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import app.verbatim.api.ProblemException;
import app.verbatim.text.PageRange;
import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;

/**
 * Reads an export back and checks every line before anything is stored: a bad line is a 400 naming the line (and the
 * field in it), and the restore stores nothing. Checks what the database would refuse too (an extent outside the
 * memoir's text, a missing value), so that no restore fails half-way through.
 */
final class ExportParser {

    /** What an export holds: memoirs by slug, in the order read, and the quotation lines with a review. */
    record Parsed(Map<String, ExportLine.Memoir> memoirs, List<ExportLine.Quotation> reviewed) {
    }

    private ExportParser() {
    }

    static Parsed parse(InputStream in, int maxMemoirChars) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Map<String, ExportLine.Memoir> memoirs = new LinkedHashMap<>();
        List<ExportLine.Quotation> reviewed = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        int number = 0;
        boolean headerSeen = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                Line line = new Line(number, json(number, text));
                String type = line.text("type", 20, true);
                if (!headerSeen) {
                    if (!type.equals("header") || !ExportLine.FORMAT.equals(line.text("format", 50, true))
                            || line.integer("version", 1, Integer.MAX_VALUE, true) != ExportLine.VERSION) {
                        throw line.bad("type", "The first line must be the header {\"type\":\"header\",\"format\":\""
                                + ExportLine.FORMAT + "\",\"version\":" + ExportLine.VERSION + "}");
                    }
                    headerSeen = true;
                    continue;
                }
                switch (type) {
                    case "memoir" -> {
                        ExportLine.Memoir m = memoir(line, maxMemoirChars);
                        if (memoirs.put(m.slug(), m) != null) {
                            throw line.bad("slug", "The memoir '" + m.slug() + "' is in the export twice");
                        }
                    }
                    case "quotation" -> {
                        ExportLine.Quotation q = quotation(line, memoirs);
                        if (q.review() != null) {
                            if (!uids.add(q.review().uid())) {
                                throw line.bad("review.uid", "The review " + q.review().uid() + " is in the export twice");
                            }
                            reviewed.add(q);
                        }
                    }
                    default -> throw line.bad("type", "type must be header, memoir or quotation");
                }
            }
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("line " + (number + 1), "Line " + (number + 1) + " is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw ProblemException.badRequest("line 1", "The export is empty: it must start with its header line");
        }
        return new Parsed(memoirs, reviewed);
    }

    private static JsonNode json(int number, String text) {
        try {
            JsonNode node = ReviewJson.MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw ProblemException.badRequest("line " + number, "Line " + number + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("line " + number, "Line " + number + " is not JSON: "
                    + e.getOriginalMessage());
        }
    }

    private static ExportLine.Memoir memoir(Line line, int maxChars) {
        line.only(Set.of("type", "slug", "author", "title", "part", "editionNote", "origin", "textHash", "text"));
        String slug = line.text("slug", 200, true);
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            throw line.bad("slug", "slug must be lower-case letters, digits and hyphens");
        }
        String origin = line.text("origin", 10, true);
        if (!origin.equals("SEED") && !origin.equals("USER")) {
            throw line.bad("origin", "origin must be SEED or USER");
        }
        String text = line.node.path("text").isTextual() ? line.node.get("text").asText() : null;
        if (text == null || text.isBlank() || text.length() > maxChars) {
            throw line.bad("text", "text must be the memoir's text, at most " + maxChars + " characters");
        }
        String hash = line.text("textHash", 64, true);
        if (!hash.equals(CorpusExport.textHash(text))) {
            throw line.bad("textHash", "textHash is not the SHA-256 of the text: the line was changed or cut");
        }
        return new ExportLine.Memoir("memoir", slug, line.text("author", 500, true), line.text("title", 500, true),
                line.text("part", 500, false), line.text("editionNote", 2000, false), origin, hash, text);
    }

    private static ExportLine.Quotation quotation(Line line, Map<String, ExportLine.Memoir> memoirs) {
        line.only(Set.of("type", "memoir", "start", "end", "text", "speaker", "speakerKind", "issuingBody", "kind",
                "citation", "searchable", "review"));
        String slug = line.text("memoir", 200, true);
        ExportLine.Memoir memoir = memoirs.get(slug);
        if (memoir == null) {
            throw line.bad("memoir", "No memoir line for '" + slug + "' comes before this quotation");
        }
        int start = line.integer("start", 0, memoir.text().length(), true);
        int end = line.integer("end", start + 1, memoir.text().length(), true);
        // Not always the text between the offsets: the extraction joins a quotation broken by its attribution.
        String text = line.text("text", PatchParser.MAX_EXTENT * 2, true);
        String speakerKind = line.text("speakerKind", 20, true);
        try {
            SpeakerKind.valueOf(speakerKind);
        } catch (IllegalArgumentException e) {
            throw line.bad("speakerKind", "speakerKind must be PERSON, DOCUMENT, MEMOIRIST or UNKNOWN");
        }
        String kind = line.text("kind", 20, true);
        if (!kind.equals(QuotationKind.SPOKEN.name()) && !kind.equals(QuotationKind.WRITTEN.name())) {
            throw line.bad("kind", "kind must be SPOKEN or WRITTEN");
        }
        JsonNode searchable = line.node.get("searchable");
        if (searchable == null || !searchable.isBoolean()) {
            throw line.bad("searchable", "searchable must be true or false");
        }
        return new ExportLine.Quotation("quotation", slug, start, end, text, line.text("speaker", PatchParser.MAX_SPEAKER, true),
                speakerKind, line.text("issuingBody", PatchParser.MAX_SPEAKER, false), kind, citation(line),
                searchable.booleanValue(), review(line));
    }

    private static ExportLine.Citation citation(Line line) {
        JsonNode c = line.node.get("citation");
        if (c == null || c.isNull()) {
            return null;
        }
        Line in = line.within("citation", c);
        in.only(Set.of("source", "volume", "pages", "edition", "raw"));
        List<PageRange> pages = new ArrayList<>();
        JsonNode list = c.path("pages");
        if (!list.isArray()) {
            throw in.bad("pages", "pages must be a list of {first, last}");
        }
        for (int i = 0; i < list.size(); i++) {
            Line range = in.within("pages[" + i + "]", list.get(i));
            range.only(Set.of("first", "last"));
            int first = range.integer("first", 1, PatchParser.MAX_PAGE, true);
            pages.add(new PageRange(first, range.integer("last", first, PatchParser.MAX_PAGE, true)));
        }
        return new ExportLine.Citation(in.text("source", PatchParser.MAX_SOURCE, false),
                c.hasNonNull("volume") ? in.integer("volume", 1, PatchParser.MAX_VOLUME, true) : null, pages,
                in.text("edition", PatchParser.MAX_EDITION, false), in.text("raw", 2000, false));
    }

    private static ExportLine.Review review(Line line) {
        JsonNode r = line.node.get("review");
        if (r == null || r.isNull()) {
            return null;
        }
        Line in = line.within("review", r);
        in.only(Set.of("uid", "status", "orphaned", "version", "createdAt", "updatedAt", "history"));
        String uid = in.text("uid", 36, true);
        try {
            UUID.fromString(uid);
        } catch (IllegalArgumentException e) {
            throw in.bad("uid", "uid must be a UUID");
        }
        String status = in.text("status", 20, true);
        if (ReviewStatus.parse(status).isEmpty()) {
            throw in.bad("status", "status must be confirmed, corrected or rejected");
        }
        if (!r.path("orphaned").isBoolean()) {
            throw in.bad("orphaned", "orphaned must be true or false");
        }
        JsonNode history = r.path("history");
        if (!history.isArray()) {
            throw in.bad("history", "history must be a list of changes");
        }
        List<ExportLine.Change> changes = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Line change = in.within("history[" + i + "]", history.get(i));
            change.only(Set.of("version", "at", "by", "reason", "field", "old", "new"));
            changes.add(new ExportLine.Change(change.integer("version", 1, Integer.MAX_VALUE, true), change.instant("at"),
                    change.text("by", 200, false), change.text("reason", PatchParser.MAX_REASON, true),
                    change.text("field", 50, true), change.node.get("old"), change.node.get("new")));
        }
        return new ExportLine.Review(uid, status, r.get("orphaned").booleanValue(),
                in.integer("version", 1, Integer.MAX_VALUE, true), in.instant("createdAt"), in.instant("updatedAt"), changes);
    }

    /** One line's JSON (or an object within it), and how to name a field of it in a problem. */
    private record Line(int number, String prefix, JsonNode node) {

        Line(int number, JsonNode node) {
            this(number, "", node);
        }

        Line within(String field, JsonNode inner) {
            if (inner == null || !inner.isObject()) {
                throw bad(field, field + " must be an object");
            }
            return new Line(number, prefix + field + ".", inner);
        }

        ProblemException bad(String field, String detail) {
            return ProblemException.badRequest("line " + number, "Line " + number + ", " + prefix + field + ": " + detail);
        }

        void only(Set<String> allowed) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw bad(name, "unknown field");
                }
            }
        }

        String text(String field, int max, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw bad(field, "required");
                }
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
                throw bad(field, "must be text of at most " + max + " characters");
            }
            return value.asText();
        }

        int integer(String field, int min, int max, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                    || value.intValue() < min || value.intValue() > max) {
                throw bad(field, "must be a whole number from " + min + " to " + max);
            }
            return value.intValue();
        }

        String instant(String field) {
            String text = text(field, 40, true);
            try {
                return CorpusExport.instant(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                throw bad(field, "must be an ISO-8601 date and time with an offset");
            }
        }
    }
}

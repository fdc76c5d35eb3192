package app.verbatim.editor;

import java.util.List;
import java.util.Locale;

/** The answer to GET /v2/languages: English only, since the corpus is English. */
public final class Languages {

    /** One language as LanguageTool lists it. */
    public record Entry(String name, String code, String longCode) {
    }

    public static final Entry ENGLISH = new Entry("English", "en", "en-US");

    /** Sorted by name, as LanguageTool sorts them. */
    private static final List<Entry> ALL = List.of(
            ENGLISH,
            new Entry("English (Australian)", "en", "en-AU"),
            new Entry("English (Canadian)", "en", "en-CA"),
            new Entry("English (GB)", "en", "en-GB"),
            new Entry("English (New Zealand)", "en", "en-NZ"),
            new Entry("English (South African)", "en", "en-ZA"));

    private Languages() {
    }

    public static List<Entry> list() {
        return ALL;
    }

    /**
     * The language for a check's {@code language} parameter: a long code ("en-GB"), "en", or "auto" (which
     * LanguageTool clients send by default and which can only mean English here). Case and "_" are forgiven.
     *
     * @throws IllegalArgumentException for any other language, which LanguageTool answers with 400
     */
    public static Entry resolve(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Missing 'language' parameter; use 'en-US', 'en-GB', 'en' or 'auto'");
        }
        String normal = code.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (normal.equals("auto") || normal.equals("en")) {
            return ENGLISH;
        }
        for (Entry entry : ALL) {
            if (entry.longCode().toLowerCase(Locale.ROOT).equals(normal)) {
                return entry;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a supported language: Verbatim checks English only ("
                + String.join(", ", ALL.stream().map(Entry::longCode).toList()) + ")");
    }
}

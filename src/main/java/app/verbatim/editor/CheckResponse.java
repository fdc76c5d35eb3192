package app.verbatim.editor;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** LanguageTool's /v2/check answer, so LanguageTool clients can talk to Verbatim unchanged. */
@JsonPropertyOrder({"software", "warnings", "language", "matches"})
public record CheckResponse(Software software, Warnings warnings, Language language, List<CheckMatch> matches) {

    /** LanguageTool's API version; clients check it. */
    public static final int API_VERSION = 1;

    public static CheckResponse of(String version, String buildDate, Languages.Entry language, List<CheckMatch> matches) {
        return of(version, buildDate, language, matches, false);
    }

    /** {@code incomplete}: some of the document's quotations were left unchecked (too many in one draft). */
    public static CheckResponse of(String version, String buildDate, Languages.Entry language, List<CheckMatch> matches,
                                   boolean incomplete) {
        return new CheckResponse(Software.verbatim(version, buildDate), new Warnings(incomplete),
                Language.of(language), List.copyOf(matches));
    }

    @JsonPropertyOrder({"name", "version", "buildDate", "apiVersion", "premium", "status"})
    public record Software(String name, String version, String buildDate, int apiVersion, boolean premium,
                           String status) {

        public static Software verbatim(String version, String buildDate) {
            return new Software("Verbatim", version, buildDate, API_VERSION, false, "");
        }
    }

    public record Warnings(boolean incompleteResults) {
    }

    @JsonPropertyOrder({"name", "code", "detectedLanguage"})
    public record Language(String name, String code, DetectedLanguage detectedLanguage) {

        /** Verbatim detects nothing: the language asked for is the language checked, with full confidence. */
        public static Language of(Languages.Entry entry) {
            return new Language(entry.name(), entry.longCode(),
                    new DetectedLanguage(entry.name(), entry.longCode(), 1.0));
        }
    }

    @JsonPropertyOrder({"name", "code", "confidence"})
    public record DetectedLanguage(String name, String code, double confidence) {
    }
}

package app.verbatim.extraction;

public record Quotation(int ordinal, String text, int start, int end, int chapterOrdinal,
                        String speaker, SpeakerKind speakerKind, double confidence, String attributionNote,
                        Kind kind, Citation citation, int citationGroup) {

    /** The speaker of words the memoir does not attribute. */
    public static final String UNKNOWN_SPEAKER = "unknown";
}

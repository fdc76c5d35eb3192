package app.verbatim.extraction;

public record Quotation(int ordinal, String text, int start, int end, int chapterOrdinal,
                        String speaker, SpeakerKind speakerKind, double confidence, String attributionNote,
                        Kind kind, Citation citation, int citationGroup) {}

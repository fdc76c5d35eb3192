package app.verbatim.extraction;

public record ExtractedChapter(int ordinal, Integer number, String title, int start, int end) {}

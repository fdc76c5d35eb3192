package app.verbatim.extraction;

public record Passage(int start, int end, int chapterOrdinal, String text) {}

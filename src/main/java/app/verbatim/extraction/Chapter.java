package app.verbatim.extraction;

public record Chapter(int ordinal, Integer number, String title, int start, int end) {}

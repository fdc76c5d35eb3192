package app.verbatim.extraction;

public record PageRange(int first, int last) {}

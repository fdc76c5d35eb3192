package app.verbatim.extraction;

import java.util.List;

public record Citation(String raw, int start, int end, Integer volume, List<PageRange> pages, boolean ibid) {}

package app.verbatim.extraction;

import app.verbatim.text.PageRange;
import java.util.List;

public record ExtractedCitation(String raw, int start, int end, Integer volume, List<PageRange> pages, boolean ibid) {}

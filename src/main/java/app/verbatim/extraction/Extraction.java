package app.verbatim.extraction;

import java.util.List;

public record Extraction(List<ExtractedChapter> chapters, List<ExtractedQuotation> quotations, List<Passage> narration) {}

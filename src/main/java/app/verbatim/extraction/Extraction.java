package app.verbatim.extraction;

import java.util.List;

public record Extraction(List<Chapter> chapters, List<Quotation> quotations, List<Passage> narration) {}

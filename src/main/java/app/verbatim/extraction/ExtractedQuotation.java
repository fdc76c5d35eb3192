package app.verbatim.extraction;

import app.verbatim.text.QuotationKind;
import app.verbatim.text.Reference;
import app.verbatim.text.SpeakerKind;
public record ExtractedQuotation(int ordinal, String text, int start, int end, int chapterOrdinal,
                        String speaker, SpeakerKind speakerKind, double confidence, String attributionNote,
                        QuotationKind kind, Reference citation, int citationGroup) {
}

package app.verbatim.extraction;

import app.verbatim.text.QuotationKind;
import app.verbatim.text.Reference;
import app.verbatim.text.SpeakerKind;

/**
 * One quotation found in a memoir.
 *
 * @param issuingBody the body in whose name the words were issued (a decree, a congress resolution, a manifesto
 *                    of the Military Revolutionary Committee), beside their speaker or author; null for a person's
 *                    own words
 */
public record ExtractedQuotation(int ordinal, String text, int start, int end, int chapterOrdinal,
                        String speaker, SpeakerKind speakerKind, double confidence, String attributionNote,
                        QuotationKind kind, Reference citation, int citationGroup, String issuingBody) {

    ExtractedQuotation renumbered(int newOrdinal) {
        return new ExtractedQuotation(newOrdinal, text, start, end, chapterOrdinal, speaker, speakerKind, confidence,
                attributionNote, kind, citation, citationGroup, issuingBody);
    }
}

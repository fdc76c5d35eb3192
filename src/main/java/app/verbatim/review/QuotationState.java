package app.verbatim.review;

import app.verbatim.text.QuotationKind;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;

/**
 * What a quotation is: whose words (a DOCUMENT's speaker is the body that issued it), the body in whose name they
 * were issued (a decree Lenin wrote keeps Lenin as its speaker), spoken or written, where it
 * stands in the memoir's text (UTF-16 offsets) and what it reads there, and the citation claimed for it. A
 * review keeps the state decided; the quotation row is written with it.
 */
record QuotationState(String speaker, SpeakerKind speakerKind, String issuingBody, QuotationKind kind, int start, int end,
                      String text, ReviewCitation citation) {

    boolean lenin() {
        return Speakers.isLenin(speaker);
    }

    QuotationState withSpeaker(String speaker, SpeakerKind speakerKind) {
        return new QuotationState(speaker, speakerKind, issuingBody, kind, start, end, text, citation);
    }

    QuotationState withIssuingBody(String issuingBody) {
        return new QuotationState(speaker, speakerKind, issuingBody, kind, start, end, text, citation);
    }

    QuotationState withKind(QuotationKind kind) {
        return new QuotationState(speaker, speakerKind, issuingBody, kind, start, end, text, citation);
    }

    QuotationState withExtent(int start, int end, String text) {
        return new QuotationState(speaker, speakerKind, issuingBody, kind, start, end, text, citation);
    }

    QuotationState withCitation(ReviewCitation citation) {
        return new QuotationState(speaker, speakerKind, issuingBody, kind, start, end, text, citation);
    }
}

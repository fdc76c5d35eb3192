package app.verbatim.extraction;

import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;

/**
 * Who a quotation belongs to, how sure we are, and why; {@code body} is the body in whose name the words were
 * issued (a decree's Council, a manifesto's committee), whoever wrote them, or null.
 */
record Attribution(String speaker, SpeakerKind kind, double confidence, String note, boolean written, String body) {

    Attribution(String speaker, SpeakerKind kind, double confidence, String note, boolean written) {
        this(speaker, kind, confidence, note, written, null);
    }

    static Attribution unknown(String note) {
        return new Attribution(Speakers.UNKNOWN, SpeakerKind.UNKNOWN, 0.2, note, false);
    }

    boolean isLenin() {
        return Speakers.isLenin(speaker) && kind == SpeakerKind.PERSON;
    }

    boolean known() {
        return kind != SpeakerKind.UNKNOWN;
    }

    Attribution withConfidence(double c, String newNote) {
        return new Attribution(speaker, kind, Math.max(0, Math.min(1, c)), newNote, written, body);
    }

    Attribution written(boolean w) {
        return new Attribution(speaker, kind, confidence, note, w, body);
    }

    /**
     * Lenin's, on the evidence of a reference to his writings; a document keeps the body it was issued by
     * (a Works citation of a decree makes Lenin its author, the Council still issued it).
     */
    Attribution lenin(double c, String why) {
        String issuer = kind == SpeakerKind.DOCUMENT ? (body != null ? body : speaker) : body;
        return new Attribution(Speakers.LENIN, SpeakerKind.PERSON, c, why, true, issuer);
    }
}

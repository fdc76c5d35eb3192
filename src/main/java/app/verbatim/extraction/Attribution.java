package app.verbatim.extraction;

import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;
/** Who a quotation belongs to, how sure we are, and why. */
record Attribution(String speaker, SpeakerKind kind, double confidence, String note, boolean written) {

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
        return new Attribution(speaker, kind, Math.max(0, Math.min(1, c)), newNote, written);
    }

    Attribution written(boolean w) {
        return new Attribution(speaker, kind, confidence, note, w);
    }
}

package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import app.verbatim.text.MemoirMarkup;
import app.verbatim.text.Reference;
import app.verbatim.text.ReferenceParser;

/**
 * The notes after the text ({@link MemoirMarkup}: "[n] text" lines after "# Notes") and the "[n]" references
 * to them in the text. A note that cites a source gives the words its reference stands after their citation;
 * "Op. cit." and "Ibid." notes repeat the note before them.
 */
final class Notes {

    /** A "[n]" in the text, and the reference its note gives (null for a note citing nothing). */
    record Marker(int start, int end, String number, Reference reference) {}

    /** One note line: where its text lies. */
    record Note(String number, int start, int end, Reference reference) {}

    private final int notesStart;
    private final Map<String, Note> notes;
    private final List<Marker> markers;

    private Notes(int notesStart, Map<String, Note> notes, List<Marker> markers) {
        this.notesStart = notesStart;
        this.notes = notes;
        this.markers = markers;
    }

    static Notes read(String text, ReferenceParser parser) {
        int notesStart = MemoirMarkup.notesStart(text);
        Map<String, Note> notes = new HashMap<>();
        Reference previous = null;
        Matcher line = MemoirMarkup.NOTE_LINE.matcher(text);
        line.region(notesStart, text.length());
        while (line.find()) {
            int start = line.start(2);
            Reference r = parser.note(line.group(2), start, previous);
            notes.putIfAbsent(line.group(1), new Note(line.group(1), start, line.end(2), r));
            if (r != null) {
                previous = r;
            }
        }
        List<Marker> markers = new ArrayList<>();
        Matcher m = MemoirMarkup.NOTE_REFERENCE.matcher(text);
        m.region(0, notesStart);
        while (m.find()) {
            Note n = notes.get(m.group(1));
            markers.add(new Marker(m.start(), m.end(), m.group(1), n == null ? null : n.reference()));
        }
        // block quotations printed under a note refer to it without a marker: see noteAt
        return new Notes(notesStart, notes, markers);
    }

    int notesStart() {
        return notesStart;
    }

    /** Note references in the text, in order. */
    List<Marker> markers() {
        return markers;
    }

    /** The note lines themselves: never narration, never a quotation of their own. */
    List<Note> lines() {
        return List.copyOf(notes.values());
    }
}

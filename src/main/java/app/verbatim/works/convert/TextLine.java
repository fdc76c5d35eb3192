package app.verbatim.works.convert;

import java.util.List;

/**
 * One printed line. {@code size} is the size most of its letters are set in; {@code segments} are the
 * runs separated by a wide gap (two columns of source lines, a contents entry and its page number).
 */
record TextLine(String text, List<Segment> segments, float x0, float x1, float y, float size, boolean bold, boolean italic) {

    record Segment(String text, float x0, float x1) {
    }

    boolean isBlank() {
        return text.isBlank();
    }

    float center() {
        return (x0 + x1) / 2;
    }
}

package app.verbatim.works.convert;

/**
 * One character as the PDF places it. {@code y} is the baseline measured from the top of the page, so
 * lines sort top to bottom; {@code size} is the size in points the reader sees, which is what tells
 * Lenin's body text (11 pt) from quotations and footnotes (9 pt) and the editors' source lines (8 pt).
 */
record Glyph(String text, float x, float y, float width, float size, float spaceWidth, boolean bold, boolean italic) {

    boolean isSpace() {
        return text.isBlank();
    }

    float end() {
        return x + width;
    }
}

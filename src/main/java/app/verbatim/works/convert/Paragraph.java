package app.verbatim.works.convert;

/**
 * One paragraph of a page as printed, with the part it plays in the layout. The role says how it was
 * set, not whose words it holds; {@link StretchClassifier} decides that.
 */
record Paragraph(Role role, String text) {

    enum Role {
        /** Titles, part numbers, centred or right-set lines (signatures). */
        HEADING,
        /** Text in the body size (11 pt). */
        BODY,
        /** Text set apart inside the text block, smaller (9 pt) or inset from the margin: quotations, documents, excerpts. */
        SMALL,
        /** A footnote at the page foot. */
        FOOTNOTE,
        /** The editors' smallest type (8 pt): source lines, dates of writing, captions. */
        SOURCE
    }

    Paragraph withText(String newText) {
        return new Paragraph(role, newText);
    }
}

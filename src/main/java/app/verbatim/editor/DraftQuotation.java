package app.verbatim.editor;

/**
 * One quotation found in a draft.
 *
 * @param offset       first quoted character, in UTF-16 code units (a Java String index), quote marks excluded
 * @param length       length in UTF-16 code units
 * @param text         exactly {@code draft.substring(offset, offset + length)}, so a client can verify the span
 * @param form         how the draft marks the quotation
 * @param attributedTo "Lenin" when the draft attributes the words to Lenin under any of his names, another
 *                     speaker's name when the draft names one plainly, otherwise null
 * @param clean        the quoted words as they would be looked up: for block quotations the {@code >} markers are
 *                     removed and lines joined by single spaces; for every other form it equals {@code text}
 */
public record DraftQuotation(int offset, int length, String text, Form form, String attributedTo, String clean) {

    public int end() {
        return offset + length;
    }
}

package app.verbatim.editor;

/**
 * A quotation before it is attributed.
 *
 * @param start      first quoted character
 * @param end        one past the last quoted character
 * @param outerStart where the quotation's marks begin (the opening quote, the first {@code >}, {@code \begin})
 * @param outerEnd   one past its closing mark, or past a block's own attribution line
 * @param clean      the words as they will be looked up
 */
record Candidate(int start, int end, int outerStart, int outerEnd, Form form, String clean) {

    boolean overlaps(int from, int to) {
        return outerStart < to && from < outerEnd;
    }
}

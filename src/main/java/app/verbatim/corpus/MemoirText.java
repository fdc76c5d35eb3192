package app.verbatim.corpus;

/**
 * A stretch of a memoir's text with its place: UTF-16 offsets, as every quotation's location. {@code length} is the
 * whole text's, so that a client knows what offsets exist.
 */
public record MemoirText(long memoirId, int length, int start, int end, String text) {
}

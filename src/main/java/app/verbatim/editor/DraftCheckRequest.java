package app.verbatim.editor;

/** A whole draft to check. */
public record DraftCheckRequest(String text) {
}

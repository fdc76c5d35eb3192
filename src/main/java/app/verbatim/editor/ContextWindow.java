package app.verbatim.editor;

/**
 * LanguageTool's match context: up to {@link #SIZE} characters either side of the match, "..." where the window
 * cuts the document, newlines shown as spaces; offset and length locate the match in the window.
 */
final class ContextWindow {

    /** LanguageTool's default context size. */
    static final int SIZE = 40;

    private ContextWindow() {
    }

    static CheckMatch.Context around(String document, int from, int to) {
        int start = Math.max(0, from - SIZE);
        int end = Math.min(document.length(), to + SIZE);
        // never cut a surrogate pair in two: a lone half is not valid JSON text for some clients
        if (start > 0 && Character.isLowSurrogate(document.charAt(start))) {
            start--;
        }
        if (end < document.length() && end > 0 && Character.isHighSurrogate(document.charAt(end - 1))) {
            end++;
        }
        String prefix = start > 0 ? "..." : "";
        String postfix = end < document.length() ? "..." : "";
        String window = prefix + document.substring(start, end).replace('\n', ' ') + postfix;
        return new CheckMatch.Context(window, prefix.length() + from - start, to - from);
    }
}

package app.verbatim.extraction.html;

/** A page that cannot be read as a memoir: not text, an unknown charset, nothing left once cleaned. */
public class UnreadableMemoirException extends RuntimeException {

    public UnreadableMemoirException(String message) {
        super(message);
    }
}

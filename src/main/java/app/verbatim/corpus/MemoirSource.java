package app.verbatim.corpus;

/** A memoir text with the bibliographic facts needed to store it. */
public record MemoirSource(String slug, String author, String title, String part, String editionNote, String text) {
}

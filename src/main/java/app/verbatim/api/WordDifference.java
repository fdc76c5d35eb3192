package app.verbatim.api;

/** One step of a word alignment: equal, replace, insert (only submitted) or delete (only stored). */
public record WordDifference(String op, String submitted, String stored) {
}

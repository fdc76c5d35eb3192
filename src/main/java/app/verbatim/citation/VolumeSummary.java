package app.verbatim.citation;

/** A cited Works volume: how many citations point into it, from how many memoirs. */
public record VolumeSummary(int volume, long citations, long memoirs, long quotations) {
}

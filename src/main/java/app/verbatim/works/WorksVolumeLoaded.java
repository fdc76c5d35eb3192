package app.verbatim.works;

/**
 * A volume of the Works was just stored or replaced and this instance's index holds it: what depends on the
 * Works (where the memoirs' quotations stand, their citation checks) brings itself up to date. {@code last}:
 * every volume with data is loaded now.
 */
public record WorksVolumeLoaded(int volume, boolean last) {
}

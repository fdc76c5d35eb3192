package app.verbatim.works;

/**
 * A volume of the Works was just stored or replaced, inside the transaction that stored it: what depends on
 * the Works (the citation checks of the memoirs that cite the volume) brings itself up to date.
 */
public record WorksVolumeLoaded(int volume) {
}

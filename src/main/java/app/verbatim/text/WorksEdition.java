package app.verbatim.text;

/**
 * The edition of Lenin's Collected Works whose volumes Verbatim holds: the English translation of the Russian
 * 4th edition, volume for volume, published by Progress Publishers, Moscow. Named once, for the data, the API
 * and every citation.
 */
public final class WorksEdition {

    public static final String NAME = "4th English edition";
    public static final String PUBLISHER = "Progress Publishers";
    public static final String PLACE = "Moscow";

    /** "4th English edition, Progress Publishers, Moscow": how the volumes and the API name it. */
    public static final String ENGLISH = NAME + ", " + PUBLISHER + ", " + PLACE;

    /** Volumes the edition has; the ones Verbatim does not hold are missing, never guessed. */
    public static final int VOLUMES = 45;

    private WorksEdition() {
    }
}

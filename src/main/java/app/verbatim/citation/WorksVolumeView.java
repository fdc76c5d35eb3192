package app.verbatim.citation;

import java.util.List;

/** A volume of the Works as the service holds it: its period, printed pages and works. */
public record WorksVolumeView(int volume, String period, String edition, int firstPage, int lastPage, int pages,
                              List<Work> works) {

    /** A work of Lenin's in the volume, or with {@code editorial} a section of the editors'. */
    public record Work(String title, int firstPage, int lastPage, boolean editorial) {
    }
}

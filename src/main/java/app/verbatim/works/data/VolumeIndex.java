package app.verbatim.works.data;

import java.util.List;

/** {@code index.json} beside the volume files: which volumes there are, in which file, with the file's hash. */
public record VolumeIndex(List<Entry> volumes) {

    public record Entry(int volume, String file, String sha256) {
    }
}

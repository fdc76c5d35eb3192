package app.verbatim.works.convert;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One converted volume, as written to {@code vol-NN.json.xz}. {@code format} changes when readers must change. */
@JsonPropertyOrder({"format", "volume", "period", "edition", "source", "works", "pages"})
record VolumeData(int format, int volume, String period, String edition, Source source, List<Work> works, List<Page> pages) {

    static final int FORMAT = 1;
    static final String EDITION = "4th English edition, Progress Publishers, Moscow";

    /** The PDF converted. */
    record Source(String file, String sha256, int pdfPages) {
    }

    /** A work of Lenin's, or with {@code editorial} true a section of the editors (preface, notes, indexes). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "firstPage", "lastPage", "editorial"})
    record Work(String title, int firstPage, int lastPage, Boolean editorial) {
    }

    /** A printed page: {@code page} is the number printed on it, {@code pdfPage} where it is in the PDF (1-based). */
    @JsonPropertyOrder({"page", "pdfPage", "text", "stretches"})
    record Page(int page, int pdfPage, String text, List<Stretch> stretches) {
    }
}

package app.verbatim.works.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One converted volume of the Collected Works, as {@code bin/convert-works} writes it to {@code vol-NN.json.xz}
 * and the service loads it. {@code format} changes when readers must change.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"format", "volume", "period", "edition", "source", "works", "pages"})
public record VolumeData(int format, int volume, String period, String edition, Source source, List<Work> works,
                         List<Page> pages) {

    public static final int FORMAT = 1;
    public static final String EDITION = "4th English edition, Progress Publishers, Moscow";

    /** The PDF converted. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String file, String sha256, int pdfPages) {
    }

    /** A work of Lenin's, or with {@code editorial} true a section of the editors (preface, notes, indexes). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "firstPage", "lastPage", "editorial"})
    public record Work(String title, int firstPage, int lastPage, Boolean editorial) {

        public boolean editorialSection() {
            return Boolean.TRUE.equals(editorial);
        }
    }

    /** A printed page: {@code page} is the number printed on it, {@code pdfPage} where it is in the PDF (1-based). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"page", "pdfPage", "text", "stretches"})
    public record Page(int page, int pdfPage, String text, List<Stretch> stretches) {
    }
}

package app.verbatim.corpus;

import java.time.OffsetDateTime;
import java.util.List;

public record MemoirView(
        long id,
        String slug,
        String author,
        String title,
        String part,
        String editionNote,
        Memoir.Origin origin,
        OffsetDateTime importedAt,
        long quotations,
        long leninQuotations,
        List<ChapterView> chapters) {

    public record ChapterView(int ordinal, Integer number, String title, int start, int end) {
    }
}

package app.verbatim.corpus;

import app.verbatim.api.CitationCheckView;

import java.util.List;

import app.verbatim.api.QuotationView;
import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;
import app.verbatim.text.Speakers;

/** Turns entities into API views; entities never leave the service layer. */
public final class QuotationViews {

    private QuotationViews() {
    }

    public static QuotationView of(Quotation q) {
        return of(q, null, null);
    }

    public static QuotationView of(Quotation q, CitationCheckView check, QuotationView.InWorks works) {
        return new QuotationView(q.id, q.body, q.speaker, q.speakerKind, q.lenin,
                new QuotationView.Attribution(round(q.confidence), q.confidence >= Speakers.CERTAIN, q.attributionNote),
                q.reporter, q.issuingBody, q.kind, memoirRef(q.memoir, q.chapter),
                new QuotationView.Location(q.startOffset, q.endOffset),
                q.citation == null ? null : citation(q.citation), check, works);
    }

    public static QuotationView.MemoirRef memoirRef(Memoir m, Chapter c) {
        return new QuotationView.MemoirRef(m.id, m.slug, m.author, m.title, m.part,
                c == null ? null : new QuotationView.ChapterRef(c.ordinal, c.number, c.title));
    }

    public static QuotationView.CitationView citation(Citation c) {
        List<PageRange> pages = c.pages.stream().map(p -> new PageRange(p.firstPage, p.lastPage)).toList();
        return citation(c.id, c.raw, c.source, c.volume, pages, c.edition, c.ibid);
    }

    public static QuotationView.CitationView citation(long id, String raw, String source, Integer volume,
                                                      List<PageRange> pages, String edition, boolean ibid) {
        return new QuotationView.CitationView(id, CitationFormat.display(volume, pages, raw), raw, source, volume,
                pages, edition, ibid);
    }

    private static double round(float confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}

package app.verbatim.works.convert;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with their positions and sizes. PDFTextStripper's own text output
 * loses the font sizes the converter needs, and its line grouping mixes in the watermark, so only its
 * glyph positions are used and the lines are built by {@link LineBuilder}.
 */
final class PdfGlyphReader extends PDFTextStripper {

    /**
     * The reprint's watermark ("FROM MARX TO MAO / NOT FOR COMMERCIAL DISTRIBUTION") and its emblem are set in
     * 24 and 72 pt over the text; nothing of the book's own from the first numbered page on is set that large.
     */
    private static final float WATERMARK_MIN_SIZE = 18f;

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current;
    private Set<Long> seenOnPage;

    PdfGlyphReader() {
        super();
        setSortByPosition(false);
    }

    /** The glyphs of each page in document order, index 0 being PDF page 1. */
    static List<List<Glyph>> read(PDDocument document) throws IOException {
        PdfGlyphReader reader = new PdfGlyphReader();
        reader.setStartPage(1);
        reader.setEndPage(document.getNumberOfPages());
        // Pages without a content stream never reach startPage; they stay empty in their place.
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            reader.pages.add(new ArrayList<>());
        }
        try {
            reader.writeText(document, new StringWriter());
        } catch (IOException | RuntimeException e) {
            throw new ConversionException("cannot read the text of PDF page " + reader.getCurrentPageNo() + " (" + e.getMessage() + ")", e);
        }
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        current = pages.get(getCurrentPageNo() - 1);
        seenOnPage = new HashSet<>();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String unicode = t.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        // Plates print the back of a facsimile as mirrored text; it reads backwards and is no one's words.
        if (t.getTextMatrix().getScaleX() < 0) {
            return;
        }
        String fontName = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
        String font = fontName.toLowerCase(Locale.ROOT);
        float size = t.getFontSizeInPt();
        if (size >= WATERMARK_MIN_SIZE || font.contains("carta")) {
            return;
        }
        // Simulated bold prints a glyph twice at almost the same place; one copy is the text.
        long key = ((long) Math.round(t.getXDirAdj() * 2) << 32) ^ ((long) Math.round(t.getYDirAdj() * 2) << 12) ^ unicode.hashCode();
        if (!seenOnPage.add(key)) {
            return;
        }
        current.add(new Glyph(unicode, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, t.getWidthOfSpace(),
                font.contains("bold"), font.contains("italic")));
    }
}

package app.verbatim.works.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds small PDFs laid out like the Collected Works: a 405 x 594 pt page, body text in 11 pt from
 * x = 36 (odd pages) or 45 (even), paragraphs indented 11 pt, heads in 8-9 pt at the top, quotations and
 * footnotes in 9 pt, source lines in 8 pt. Positions are given from the top of the page, as the book's
 * are measured.
 */
final class TestVolumePdf {

    static final float WIDTH = 405;
    static final float HEIGHT = 594;
    static final float LINE = 11.5f;
    static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDType1Font WATERMARK = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    record Item(String text, PDType1Font font, float size, float x, float top) {
    }

    /** One page's text items. */
    static final class Page {
        final List<Item> items = new ArrayList<>();
        final boolean odd;
        float top = 65;

        Page(boolean odd) {
            this.odd = odd;
        }

        float margin() {
            return odd ? 36 : 45;
        }

        Page text(String text, PDType1Font font, float size, float x, float top) {
            items.add(new Item(text, font, size, x, top));
            return this;
        }

        /** A running head: the number at the outer edge, the title in the middle. */
        Page head(int number, String title) {
            float x = odd ? 340 : margin();
            text(String.valueOf(number), ROMAN, 9, x, 43);
            if (!title.isEmpty()) {
                text(title, ROMAN, 8, odd ? 80 : 180, 43);
            }
            return this;
        }

        /** A centred title in bold capitals. */
        Page title(String title) {
            text(title, BOLD, 11, 110, top);
            top += 2 * LINE;
            return this;
        }

        /** Body lines; a line starting with a tab is a paragraph's indented first line. */
        Page body(String... lines) {
            return lines(11, LINE, lines);
        }

        /** Lines set in 9 pt inside the text block, as quotations are. */
        Page small(String... lines) {
            top += 4;
            lines(9, 9.5f, lines);
            top += 4;
            return this;
        }

        Page lines(float size, float step, String... lines) {
            for (String l : lines) {
                boolean indent = l.startsWith("\t");
                text(l.strip(), ROMAN, size, margin() + (indent ? 11.3f : 0), top);
                top += step;
            }
            return this;
        }

        /** A raised note-reference number after the text at (x, top). */
        Page noteNumber(String digits, float x, float top) {
            return text(digits, ROMAN, 6, x, top - 3.8f);
        }

        Page watermark() {
            text("FROM MARX", WATERMARK, 24, 120, 200);
            text("TO MAO", WATERMARK, 24, 150, 230);
            return this;
        }
    }

    private final List<Page> pages = new ArrayList<>();

    Page page() {
        Page p = new Page(pages.size() % 2 == 0);
        pages.add(p);
        return p;
    }

    byte[] bytes() {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle("Collected Works of V. I. Lenin - Vol. 26");
            for (Page p : pages) {
                PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Item item : p.items) {
                        cs.beginText();
                        cs.setFont(item.font(), item.size());
                        cs.newLineAtOffset(item.x(), HEIGHT - item.top());
                        cs.showText(item.text());
                        cs.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

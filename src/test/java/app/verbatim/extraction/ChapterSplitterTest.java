package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChapterSplitterTest {

    @Test
    void shouldSplitOnNumberedAndSpelledOutHeadings() {
        String text = "My Life\n\nChapter 6: The Break\n\nText one.\n\nChapter Seven: My First Organization\n\nText two.\n";
        List<ExtractedChapter> chapters = new QuotationExtractor().extract(text, "Leon Trotsky").chapters();
        assertEquals(3, chapters.size());
        assertNull(chapters.get(0).number());
        assertEquals(6, chapters.get(1).number());
        assertEquals("The Break", chapters.get(1).title());
        assertEquals(7, chapters.get(2).number());
        assertEquals(text.indexOf("Chapter Seven"), chapters.get(2).start());
        assertEquals(text.length(), chapters.get(2).end());
    }

    @Test
    void shouldMakeOneChapterWithoutHeadings() {
        String text = "No headings here. Just text.";
        List<ExtractedChapter> chapters = new QuotationExtractor().extract(text, "Leon Trotsky").chapters();
        assertEquals(List.of(new ExtractedChapter(0, null, null, 0, text.length())), chapters);
    }

    @Test
    void shouldNotReadQuotedHeadingTitleAsQuotation() {
        String text = "Chapter 28: \"Trotskyism\" in 1917\n\nIn New York I wrote articles.";
        Extraction e = new QuotationExtractor().extract(text, "Leon Trotsky");
        assertEquals(0, e.quotations().size());
        assertEquals("\"Trotskyism\" in 1917", e.chapters().get(0).title());
    }

    @Test
    void shouldPlaceQuotationInItsChapter() {
        String text = "Chapter 1: One\n\nIntro text here.\n\nChapter 2: Two\n\nLenin said: \"We shall win this war.\"";
        Extraction e = new QuotationExtractor().extract(text, "Leon Trotsky");
        assertEquals(1, e.quotations().get(0).chapterOrdinal());
    }
}

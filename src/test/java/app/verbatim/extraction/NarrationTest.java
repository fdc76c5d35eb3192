package app.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NarrationTest {

    @Test
    void shouldCoverNarrationButNotQuotationsOrCitations() {
        String text = "The committee met at Smolny that night. Ilyich said: \"We must act now without delay.\" "
                + "(Works, Vol. 26, p. 1.) The committee came round to his view.";
        List<Passage> p = new QuotationExtractor().extract(text, "N. K. Krupskaya").narration();
        String all = String.join(" | ", p.stream().map(Passage::text).toList());
        assertTrue(all.contains("The committee met at Smolny that night."));
        assertTrue(all.contains("The committee came round to his view."));
        assertFalse(all.contains("without delay"));
        assertFalse(all.contains("Works"));
        for (Passage x : p) assertEquals(text.substring(x.start(), x.end()), x.text());
    }

    @Test
    void shouldCapPassagesAtFourHundredChars() {
        String sentence = "Work at Smolny went on day and night and people flocked there from all over the country. ";
        String text = sentence.repeat(30) + "And one sentence without any full stop that goes on and on, "
                + "clause after clause, ".repeat(20);
        List<Passage> p = new QuotationExtractor().extract(text, "N. K. Krupskaya").narration();
        assertTrue(p.size() > 5);
        for (Passage x : p) assertTrue(x.text().length() <= 400, x.text());
        int covered = p.stream().mapToInt(x -> x.end() - x.start()).sum();
        assertTrue(covered > text.strip().length() * 0.97);
    }
}

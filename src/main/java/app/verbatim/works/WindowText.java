package app.verbatim.works;

import java.util.List;

import app.verbatim.match.StoredWords;
import app.verbatim.text.Stems;
import app.verbatim.text.Stems.Stem;
import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;
import app.verbatim.works.data.Stretch;

/**
 * A window of the Works read for alignment: its passages' bodies joined by a space, the page each offset of that
 * text is printed on, the first passage's title and kind, and the text's words. Immutable but for the content
 * words' offsets, which only another translation needs and which are worked out the first time one asks.
 */
final class WindowText {

    /** One stored passage of the window, as read from the database. */
    record Passage(String body, int firstPage, int[] pageStarts, Stretch.Kind kind, String source, String title) {
    }

    final String body;
    final String title;
    final Stretch.Kind kind;
    final String source;
    final StoredWords words;
    /** Where a page begins in {@link #body}, ascending, and its number. */
    private final int[] pageOffsets;
    private final int[] pages;
    /** Every token of the body, ellipses too: a stem's position counts them. */
    private final List<Token> tokens;
    /** Per content word (stem), its start and end offset: {s0, e0, s1, e1, ...}; null until first asked for. */
    private volatile int[] stemBounds;

    private WindowText(String body, Passage first, int[] pageOffsets, int[] pages) {
        this.body = body;
        this.title = first.title();
        this.kind = first.kind();
        this.source = first.source();
        this.pageOffsets = pageOffsets;
        this.pages = pages;
        this.tokens = TextNormaliser.tokenize(body);
        this.words = StoredWords.of(tokens);
    }

    /** @param passages the window's passages in order, at least one */
    static WindowText of(List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        int starts = passages.stream().mapToInt(p -> p.pageStarts().length + 1).sum();
        int[] offsets = new int[starts];
        int[] pages = new int[starts];
        int n = 0;
        for (Passage passage : passages) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int base = text.length();
            offsets[n] = base;
            pages[n++] = passage.firstPage();
            for (int i = 0; i < passage.pageStarts().length; i++) {
                offsets[n] = base + passage.pageStarts()[i];
                pages[n++] = passage.firstPage() + i + 1;
            }
            text.append(passage.body());
        }
        return new WindowText(text.toString(), passages.get(0), offsets, pages);
    }

    /** The page the character at {@code offset} is printed on: the last page beginning at or before it. */
    int pageOf(int offset) {
        int page = pages[0];
        for (int i = 0; i < pageOffsets.length; i++) {
            if (offset >= pageOffsets[i]) {
                page = pages[i];
            }
        }
        return page;
    }

    /** Content words in the body, the number {@link Stems#of} finds. */
    int stems() {
        return stemBounds().length / 2;
    }

    /** Start offset of content word {@code stem} (in {@link Stems#of} order). */
    int stemStart(int stem) {
        return stemBounds()[2 * stem];
    }

    /** End offset of content word {@code stem}. */
    int stemEnd(int stem) {
        return stemBounds()[2 * stem + 1];
    }

    /** Rough memory weight, in words, for the cache bound. */
    int weight() {
        return words.weight();
    }

    private int[] stemBounds() {
        int[] bounds = stemBounds;
        if (bounds == null) {
            // two threads may both work it out: the same result, so either may win
            List<Stem> stems = Stems.of(tokens);
            bounds = new int[2 * stems.size()];
            for (int i = 0; i < stems.size(); i++) {
                Token t = tokens.get(stems.get(i).token());
                bounds[2 * i] = t.start();
                bounds[2 * i + 1] = t.end();
            }
            stemBounds = bounds;
        }
        return bounds;
    }
}

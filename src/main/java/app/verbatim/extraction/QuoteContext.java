package app.verbatim.extraction;

import java.util.List;

import app.verbatim.text.MemoirMarkup;
import app.verbatim.text.Sentences;

/** The text around one quoted span that attribution and filtering look at. */
final class QuoteContext {

    private static final int TRAILER_MAX = 80;
    private static final int ASIDE_MAX = 60;

    final QuoteScanner.Span span;
    private final String t;
    private final List<QuoteScanner.Span> spans;
    private final QuoteScanner.Span previous;
    private int leadStart;
    private final int floor;
    private final int trailerEnd;
    /** Where the tag may start: past an editor's aside right after the words, if any. */
    private int afterAside = -1;
    private final int lineStart;
    private final int previousLineStart;
    private final int previousLineEnd;

    /**
     * @param previous the last accepted quotation with the same parent, if it lies in the same paragraph
     *                 or directly before; bounds the lead-in so "..." writes Gorbunov, "..." works.
     */
    QuoteContext(String text, QuoteScanner.Span span, List<QuoteScanner.Span> spans, QuoteScanner.Span previous) {
        this.t = text;
        this.span = span;
        this.spans = spans;
        this.previous = previous;
        int line = text.lastIndexOf('\n', span.open - 1) + 1;
        // a block quotation's "> " marks the line, it is not a lead-in
        this.lineStart = text.startsWith(MemoirMarkup.BLOCK_QUOTATION, line) && span.open >= line + 2 ? line + 2 : line;
        int base = lineStart;
        if (span.parent != null) {
            for (int[] seg : span.parent.segments) {
                if (seg[0] <= span.open && span.open <= seg[1]) base = Math.max(base, seg[0]);
            }
        }
        this.floor = base;
        int leadFloor = previous != null && previous.outerEnd() > base && previous.outerEnd() <= span.open
                ? previous.outerEnd() : base;
        this.leadStart = Sentences.LINE_PARAGRAPHS.startOf(text, span.open, leadFloor);
        int limit = span.parent != null ? span.parent.contentEnd() : text.length();
        int end = span.outerEnd();
        int stop = Math.min(limit, end + TRAILER_MAX);
        // an editor's aside right after the words ("...," (July 1st, New Style) he wrote) stands before the tag
        int aside = end;
        while (aside < text.length() && text.charAt(aside) == ' ') aside++;
        if (aside < text.length() && text.charAt(aside) == '(' && span.parent == null) {
            int close = text.indexOf(')', aside);
            if (close > aside && close - aside <= ASIDE_MAX && text.substring(aside, close).indexOf('\n') < 0
                    && text.substring(aside, close).indexOf('(', 1) < 0) {
                end = close + 1;
                stop = Math.min(limit, end + TRAILER_MAX);
                afterAside = end;
            }
        }
        for (int i = end; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == ';' || c == '(' || c == '?' || c == '!' || QuoteScanner.isDoubleMark(c)
                    || (span.parent != null && QuoteScanner.isSingleMark(c) && i > end && !Character.isLetter(text.charAt(i - 1)))) {
                stop = c == ':' ? i + 1 : i;
                break;
            }
            if (c == ':') { stop = i + 1; break; }
        }
        this.trailerEnd = stop;
        int pe = line - 1;
        while (pe > 0 && Character.isWhitespace(text.charAt(pe - 1))) pe--;
        this.previousLineEnd = pe > 0 ? pe : -1;
        this.previousLineStart = pe > 0 ? text.lastIndexOf('\n', pe - 1) + 1 : -1;
    }

    String content() {
        return t.substring(span.contentStart(), span.contentEnd());
    }

    QuoteScanner.Span parent() { return span.parent; }
    int floor() { return floor; }
    int leadStart() { return leadStart; }
    int leadEnd() { return span.open; }
    String leadIn() { return t.substring(leadStart, span.open); }

    /** An attribution tag only counts after a quotation that ends open-ended (, ! ? —) or is followed by a lowercase verb. */
    int trailerStart() {
        int e = Math.max(span.outerEnd(), afterAside);
        String c = content().strip();
        char last = c.isEmpty() ? ' ' : c.charAt(c.length() - 1);
        int k = e;
        while (k < trailerEnd && Character.isWhitespace(t.charAt(k))) k++;
        boolean lowerNext = k < trailerEnd && Character.isLowerCase(t.charAt(k));
        boolean openEnded = ",!?—–-…".indexOf(last) >= 0 || (k < trailerEnd && t.charAt(k) == ',');
        return openEnded || lowerNext ? e : trailerEnd;
    }

    int trailerEnd() { return trailerEnd; }

    /** The text right after the closing mark, up to the trailer's end, whatever the words end with. */
    String trailerText() { return t.substring(span.outerEnd(), Math.max(span.outerEnd(), trailerEnd)); }
    String trailer() { return t.substring(Math.min(trailerStart(), trailerEnd), trailerEnd); }

    boolean startsParagraph() {
        return span.parent == null && t.substring(lineStart, span.open).isBlank();
    }

    int previousLineStart() { return previousLineStart; }
    int previousLineEnd() { return previousLineEnd; }

    int gapStart() { return previous == null ? -1 : previous.outerEnd(); }

    String gapFromPrevious() {
        if (previous == null || previous.outerEnd() > span.open) return null;
        return t.substring(previous.outerEnd(), span.open);
    }

    /** The sentence right before the quotation, within the paragraph or the one before it. */
    int previousSentenceStart() {
        int pe = previousSentenceEnd();
        if (pe <= 0) return -1;
        int bound = startsParagraph() ? Math.max(0, previousLineStart) : floor;
        if (previous != null && previous.outerEnd() <= pe) bound = Math.max(bound, previous.outerEnd());
        int s = Sentences.LINE_PARAGRAPHS.startOf(t, pe - 1, bound);
        return s < pe ? s : -1;
    }

    int previousSentenceEnd() {
        int p = leadStart;
        while (p > 0 && Character.isWhitespace(t.charAt(p - 1))) p--;
        if (span.parent != null && p <= floor) return -1;
        return p;
    }

    /** Mentions inside other quotations are somebody else's words, not narration about the speaker. */
    boolean usable(Mentions.Mention m) {
        for (QuoteScanner.Span s : spans) {
            if (s.open > m.start()) break;
            if (m.start() < s.outerEnd() && !isAncestor(s)) return false;
        }
        return true;
    }

    private boolean isAncestor(QuoteScanner.Span s) {
        for (QuoteScanner.Span p = span.parent; p != null; p = p.parent) {
            if (p == s) return true;
        }
        return false;
    }

    /** Pronouns in narration may look back across paragraphs; inside a quotation only within it. */
    int pronounFloor() {
        return span.parent == null ? 0 : span.parent.contentStart();
    }

    QuoteContext backTo() {
        QuoteContext c = new QuoteContext(t, span, spans, previous);
        c.leadStart = -1;
        return c;
    }
}

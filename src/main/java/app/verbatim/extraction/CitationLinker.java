package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import app.verbatim.text.MemoirMarkup;
import app.verbatim.text.Reference;
import app.verbatim.text.ReferenceParser;

/**
 * Gives each quotation the reference that closes it: a reference in parentheses right after it, or a note
 * whose "[n]" stands after it before the next sentence; then extends that reference back over earlier pieces
 * of the same passage in the paragraph ("..." narration "..." (Works ...)). A reference to Lenin's writings
 * is strong evidence that the words are his.
 */
final class CitationLinker {

    /** One accepted top-level quotation while it is being assembled. */
    static final class Found {
        final QuoteScanner.Span span;
        Attribution attribution;
        Reference citation;
        int group = -1;

        Found(QuoteScanner.Span span, Attribution attribution) {
            this.span = span;
            this.attribution = attribution;
        }
    }

    /** Where a reference stands in the text ({@code at..end}) and what it cites. */
    record Anchor(int at, int end, Reference reference) {}

    private static final int MAX_TAG_CHARS = 40;
    /** An attribution this sure (a name in the tag) outweighs a reference; a guess from proximity does not. */
    private static final double FIRM = 0.9;
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ASIDES = Pattern.compile("\\([^()]*\\)|" + MemoirMarkup.NOTE_REFERENCE.pattern());

    private final String t;

    CitationLinker(String text) {
        this.t = text;
    }

    /** The anchors of a text: its parenthesised references and the note markers whose notes cite something. */
    static List<Anchor> anchors(List<Reference> inText, Notes notes) {
        List<Anchor> out = new ArrayList<>();
        for (Reference r : inText) out.add(new Anchor(r.start(), r.end(), r));
        for (Notes.Marker m : notes.markers()) {
            if (m.reference() != null) out.add(new Anchor(m.start(), m.end(), m.reference()));
        }
        out.sort(Comparator.comparingInt(Anchor::at));
        return out;
    }

    void link(List<Found> found, List<Anchor> anchors, List<ReferenceParser.Span> italics) {
        for (int ci = 0; ci < anchors.size(); ci++) {
            Anchor c = anchors.get(ci);
            int previousEnd = ci > 0 ? anchors.get(ci - 1).end() : 0;
            Found closed = null;
            for (Found f : found) {
                if (f.span.outerEnd() <= c.at() && f.span.open >= previousEnd) closed = f;
            }
            if (closed == null || closed.citation != null || !onlyTagBetween(closed.span.outerEnd(), c.at(), italics)) {
                forward(found, c, ci, ci + 1 < anchors.size() ? anchors.get(ci + 1).at() : t.length());
                continue;
            }
            closed.citation = c.reference();
            closed.group = ci;
            Attribution before = closed.attribution;
            closed.attribution = byReference(before, c.reference());
            extendBack(found, found.indexOf(closed), before, c.reference(), ci, previousEnd);
        }
    }

    /**
     * A note on a work the prose names earlier in the section ("his theses entitled The Tasks of the Proletariat
     * in the Present Revolution ... [27]") is the source of the passages quoted from it since the name, whoever's
     * words stand right before the marker: the careful reader's group footnote. Passages of other people stay theirs.
     */
    void byTitle(List<Found> found, List<Anchor> anchors) {
        for (int ci = 0; ci < anchors.size(); ci++) {
            Reference r = anchors.get(ci).reference();
            if (r.title() == null || r.title().length() < MIN_TITLE || !r.leninsWritings() || r.raw().startsWith("Cf.")) continue;
            int at = anchors.get(ci).at();
            int named = t.lastIndexOf(r.title(), at);
            if (named < 0 || t.substring(named, at).contains("\n" + MemoirMarkup.HEADING)) continue;
            for (Found f : found) {
                if (f.span.open < named || f.span.outerEnd() > at || f.citation != null) continue;
                if (f.attribution.known() && !f.attribution.isLenin()) continue;
                f.citation = r;
                f.group = ci;
                if (!f.attribution.isLenin()) {
                    f.attribution = f.attribution.lenin(0.6, "quoted from " + r.title() + ", named before; " + r.raw());
                }
            }
        }
    }

    private static final int MIN_TITLE = 8;

    /** A reference to Lenin's writings makes the words his, unless a tag firmly names someone else. */
    private static Attribution byReference(Attribution a, Reference r) {
        if (!r.leninsWritings() || a.isLenin() || r.raw().startsWith("Cf.")) return a;
        if (a.known() && a.kind() != app.verbatim.text.SpeakerKind.DOCUMENT && a.confidence() >= FIRM) return a;
        String note = (a.known() ? a.speaker() + " overruled: " : "") + "cited to Lenin's writings, "
                + r.raw().replaceAll("\\s+", " ");
        return a.lenin(0.9, note);
    }

    /**
     * A reference that closes no quotation stands after the works it names ("wrote 'Reply to Peasants' Questions'
     * and 'To the Population.' (Works, Vol. 26, pp. 263-67.) ... he calls upon the population to '...'"): the
     * passages the paragraph goes on to quote as Lenin's are from those works, as many as it lists pages.
     */
    private void forward(List<Found> found, Anchor c, int group, int nextAnchor) {
        Reference r = c.reference();
        if (!r.leninsWritings() || r.raw().startsWith("Cf.")) return;
        int left = pageCount(r);
        for (Found f : found) {
            if (left == 0 || f.span.open >= nextAnchor) return;
            if (f.span.open < c.end()) continue;
            if (t.substring(c.end(), f.span.open).indexOf('\n') >= 0) return;
            if (f.citation != null || !f.attribution.isLenin()) continue;
            f.citation = r;
            f.group = group;
            left--;
        }
    }

    /** How many quotations a reference may cover: one per page it lists, up to {@link #MAX_GROUP}. */
    private static int pageCount(Reference r) {
        return Math.min(r.pageCount(), MAX_GROUP);
    }

    /** A reference never covers more quotations than this, whatever page span it lists. */
    private static final int MAX_GROUP = 8;

    /**
     * Earlier pieces in the same paragraph, of the same speaker or of nobody named, share the reference. A
     * reference listing several pages also reaches back into earlier paragraphs, over passages quoted there
     * as Lenin's, as many as it lists pages: the memoirist's one reference for a letter quoted piece by piece.
     */
    private void extendBack(List<Found> found, int index, Attribution original, Reference c, int group, int floor) {
        Found last = found.get(index);
        Attribution closing = last.attribution;
        int left = pageCount(c) - 1;
        for (int i = index - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.span.open < floor || f.citation != null) return;
            String gap = ASIDES.matcher(t.substring(f.span.outerEnd(), last.span.open)).replaceAll(" ");
            // a term in marks nobody is named for ('democracy') is no passage of the letter: reach past it
            if (gap.indexOf('\n') >= 0 && !f.attribution.known() && words(f) <= SHORT_TERM_WORDS) continue;
            if (gap.indexOf('\n') >= 0 && (left <= 0 || !closing.isLenin() || !f.attribution.isLenin()
                    || !c.leninsWritings() || gap.contains("\n" + MemoirMarkup.HEADING) || c.pages().isEmpty())) {
                return;
            }
            left--;
            boolean same = f.attribution.known() && (f.attribution.speaker().equals(closing.speaker())
                    || f.attribution.speaker().equals(original.speaker()));
            boolean nobody = !f.attribution.known() && closing.isLenin() && c.leninsWritings() && !namesTheWork(f, c);
            if (!same && !nobody) return;
            f.citation = c;
            f.group = group;
            if (closing.isLenin() && !f.attribution.isLenin()) {
                f.attribution = f.attribution.lenin(nobody ? 0.6 : 0.85, "shares the reference after it, " + c.raw().replaceAll("\\s+", " "));
            }
            last = f;
        }
    }

    private static final int SHORT_TERM_WORDS = 3;

    /**
     * He saw 'the need for an agricultural labourers' union' [69], the note citing "The Need for an Agricultural
     * Labourers' Union in Russia": words that open the cited work's own title name the work, they quote nothing.
     */
    private boolean namesTheWork(Found f, Reference r) {
        if (r.title() == null) return false;
        String words = String.join(" ", app.verbatim.text.Words.of(
                t.substring(f.span.contentStart(), f.span.contentEnd()).toLowerCase(java.util.Locale.ROOT)));
        String title = String.join(" ", app.verbatim.text.Words.of(r.title().toLowerCase(java.util.Locale.ROOT)));
        return !words.isEmpty() && title.startsWith(words);
    }

    private int words(Found f) {
        return app.verbatim.text.Words.count(t, f.span.contentStart(), f.span.contentEnd());
    }

    /**
     * Between a quotation and its reference only asides may stand: "(My italics.–N.K.)", "(The Dual Power,
     * 9 April)", other note markers, a closing stop, a short "said Ilyich." — nothing of the next sentence.
     */
    private boolean onlyTagBetween(int from, int to, List<ReferenceParser.Span> italics) {
        StringBuilder rest = new StringBuilder(t.substring(from, to));
        for (ReferenceParser.Span s : italics) {
            if (s.start() >= from && s.end() <= to) {
                for (int i = s.start(); i < s.end(); i++) rest.setCharAt(i - from, ' ');
            }
        }
        String r = ASIDES.matcher(rest).replaceAll(" ").strip();
        return r.length() <= MAX_TAG_CHARS && !r.contains("\n") && !PARENTHETICAL.matcher(r).find();
    }
}

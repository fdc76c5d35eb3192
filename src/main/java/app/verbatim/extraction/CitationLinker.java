package app.verbatim.extraction;

import java.util.List;
import java.util.regex.Pattern;

import app.verbatim.text.Reference;
import app.verbatim.text.ReferenceParser;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;

/**
 * Attaches each Works citation to the quotation it closes, then extends it back over earlier
 * fragments of the same speaker that the single citation covers ("..." narration "..." (Works ...)).
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

    private static final int MAX_TAG_CHARS = 40;
    private static final int MAX_FRAGMENT_GAP = 400;
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)");

    private final String t;

    CitationLinker(String text) {
        this.t = text;
    }

    void link(List<Found> found, List<Reference> citations, List<ReferenceParser.Span> italics) {
        for (int ci = 0; ci < citations.size(); ci++) {
            Reference c = citations.get(ci);
            int previousCitationEnd = ci > 0 ? citations.get(ci - 1).end() : 0;
            Found closed = null;
            for (Found f : found) {
                if (f.span.outerEnd() <= c.start() && f.span.open >= previousCitationEnd) closed = f;
            }
            if (closed == null || !onlyTagBetween(closed.span.outerEnd(), c.start(), italics)) continue;
            closed.citation = c;
            closed.group = ci;
            if (!closed.attribution.known() && c.raw().contains("Works") || !closed.attribution.known() && c.ibid()) {
                // The memoirist claims these words are in Lenin's Collected Works.
                closed.attribution = new Attribution(Speakers.LENIN, SpeakerKind.PERSON, 0.6,
                        "attributed by Works citation " + c.raw().replaceAll("\\s+", " "), true);
            }
            extendBack(found, found.indexOf(closed), c, ci, previousCitationEnd);
        }
    }

    private void extendBack(List<Found> found, int index, Reference c, int group, int floor) {
        Found last = found.get(index);
        for (int i = index - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (f.span.open < floor || f.citation != null) return;
            String gap = PARENTHETICAL.matcher(t.substring(f.span.outerEnd(), last.span.open)).replaceAll(" ");
            if (gap.strip().length() > MAX_FRAGMENT_GAP) return;
            if (!f.attribution.speaker().equals(last.attribution.speaker()) || !f.attribution.known()) return;
            f.citation = c;
            f.group = group;
            last = f;
        }
    }

    /** Between a quotation and its citation only "(My italics.–N.K.)" or a short "said Ilyich." may stand. */
    private boolean onlyTagBetween(int from, int to, List<ReferenceParser.Span> italics) {
        StringBuilder rest = new StringBuilder(t.substring(from, to));
        for (ReferenceParser.Span s : italics) {
            if (s.start() >= from && s.end() <= to) {
                for (int i = s.start(); i < s.end(); i++) rest.setCharAt(i - from, ' ');
            }
        }
        String r = rest.toString().strip();
        return r.length() <= MAX_TAG_CHARS && !r.contains("\n");
    }
}

package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.verbatim.text.LeninNames;
import app.verbatim.text.MemoirMarkup;
import app.verbatim.text.QuotationKind;
import app.verbatim.text.Reference;
import app.verbatim.text.ReferenceParser;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;

/** Finds the quotations in a memoir, who said or wrote them, and which Works citation closes them. */
public final class QuotationExtractor {

    private static final int SIGNED_MESSAGE_GAP = 60;

    private final ChapterSplitter chapterSplitter = new ChapterSplitter();
    private final ReferenceParser citationParser = new ReferenceParser();
    private final QuoteFilter filter = new QuoteFilter();
    private final NarrationSplitter narrationSplitter = new NarrationSplitter();

    public QuotationExtractor() {}

    /** A sentence end outside the quoted words: a stop, then a capital (a reference opens with a bracket). */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…][\"”’']?\\s+[\"“‘']?\\p{Lu}");

    /** The words' own sentence closes with a reference to Lenin's writings, in the same paragraph. */
    private static boolean citedInSentence(String text, QuoteScanner.Span span, List<Reference> citations) {
        int from = span.outerEnd();
        for (Reference r : citations) {
            if (r.start() < from) continue;
            String between = text.substring(from, r.start());
            return r.leninsWritings() && between.indexOf('\n') < 0 && !SENTENCE_END.matcher(between).find();
        }
        return false;
    }

    /** memoirist: the reporting author, e.g. "N. K. Krupskaya" or "Leon Trotsky". */
    public Extraction extract(String text, String memoirist) {
        Objects.requireNonNull(text, "text");
        String surname = surname(Objects.requireNonNull(memoirist, "memoirist"));
        List<ChapterSplitter.Heading> headings = chapterSplitter.headings(text);
        List<ExtractedChapter> chapters = chapterSplitter.split(text, headings);
        List<QuoteScanner.Line> lines = lines(text, headings);
        List<QuoteScanner.Span> spans = BlockQuotations.wrap(text, QuoteScanner.scan(text, lines), lines);
        List<Reference> citations = citationParser.parse(text);
        List<ReferenceParser.Span> italics = citationParser.italicNotes(text);
        Notes notes = Notes.read(text, citationParser);
        SpeakerResolver resolver = new SpeakerResolver(text, Mentions.build(text, surname), surname);

        Map<QuoteScanner.Span, Attribution> accepted = new IdentityHashMap<>();
        Map<QuoteScanner.Span, QuoteScanner.Span> lastByParent = new HashMap<>();
        List<QuoteScanner.Span> paragraphs = new ArrayList<>();
        QuoteScanner.Span lastBlock = null;
        List<Echoes.Said> said = new ArrayList<>();
        for (QuoteScanner.Span span : spans) {
            if (span.parent != null && !accepted.containsKey(span.parent)) continue;
            QuoteScanner.Span previous = lastByParent.get(span.parent);
            QuoteContext q = new QuoteContext(text, span, spans, previous);
            if (!span.block && filter.judge(q, span.parent == null && citedInSentence(text, span, citations)) != QuoteFilter.Verdict.QUOTATION) {
                continue;
            }
            Attribution a = span.signedBy != null ? signed(span.signedBy)
                    : resolver.resolve(q, span.parent == null ? null : accepted.get(span.parent),
                    previous == null ? null : accepted.get(previous), turns(text, span, paragraphs, accepted));
            boolean blockLine = span.parent == null && (span.block || text.startsWith(MemoirMarkup.BLOCK_QUOTATION,
                    text.lastIndexOf('\n', span.open - 1) + 1));
            if (!a.known() && span.parent == null) {
                Attribution echo = Echoes.of(q.content(), span.open, said);
                if (echo != null) a = echo;
            }
            if (span.block && !a.known() && lastBlock != null) {
                Attribution c = resolver.continuing(accepted.get(lastBlock), lastBlock.outerEnd(), span.open, q::usable);
                if (c != null) a = c;
            }
            if (blockLine) lastBlock = span;
            accepted.put(span, a);
            if (span.parent == null) said.add(new Echoes.Said(span.open, q.content(), a));
            if (span.parent == null && endsItsParagraph(text, span)) paragraphs.add(span);
            lastByParent.put(span.parent, span);
        }

        List<CitationLinker.Found> topLevel = new ArrayList<>();
        List<CitationLinker.Found> all = new ArrayList<>();
        for (QuoteScanner.Span span : spans) {
            Attribution a = accepted.get(span);
            if (a == null) continue;
            CitationLinker.Found f = new CitationLinker.Found(span, a);
            all.add(f);
            if (span.parent == null) topLevel.add(f);
        }
        propagateSignature(text, topLevel);
        CitationLinker linker = new CitationLinker(text);
        List<CitationLinker.Anchor> anchors = CitationLinker.anchors(citations, notes);
        linker.link(topLevel, anchors, italics);
        linker.byTitle(topLevel, anchors);

        all.sort(Comparator.comparingInt(f -> f.span.contentStart()));
        List<ExtractedQuotation> quotations = new ArrayList<>();
        for (CitationLinker.Found f : all) {
            quotations.add(toQuotation(text, quotations.size(), f, chapters));
        }
        quotations = InterruptedQuotations.join(text, quotations);
        boolean[] excluded = new boolean[text.length() + 1];
        for (ChapterSplitter.Heading h : headings) mark(excluded, h.start(), h.end());
        for (Reference c : citations) mark(excluded, c.start(), c.end());
        for (ReferenceParser.Span s : italics) mark(excluded, s.start(), s.end());
        // the notes are the editors' apparatus, not the memoirist's narration
        mark(excluded, notes.notesStart(), text.length());
        for (CitationLinker.Found f : topLevel) mark(excluded, f.span.open, f.span.outerEnd());
        // An attribution interrupting a joined quotation ("ran the message") is not narration of its own.
        for (ExtractedQuotation q : quotations) mark(excluded, q.start(), q.end());
        List<Passage> narration = narrationSplitter.split(text, excluded, chapters);
        return new Extraction(List.copyOf(chapters), List.copyOf(quotations), List.copyOf(narration));
    }

    /** The quotations filling the paragraphs right before the one {@code span} opens, the nearest first (at most two). */
    private static List<Attribution> turns(String text, QuoteScanner.Span span, List<QuoteScanner.Span> paragraphs,
                                           Map<QuoteScanner.Span, Attribution> accepted) {
        if (span.parent != null || !fillsItsParagraph(text, span)) return List.of();
        List<Attribution> out = new ArrayList<>();
        int from = span.open;
        for (int i = paragraphs.size() - 1; i >= 0 && out.size() < 2; i--) {
            QuoteScanner.Span p = paragraphs.get(i);
            int lineEnd = text.indexOf('\n', p.outerEnd());
            if (lineEnd < 0 || !text.substring(lineEnd, text.lastIndexOf('\n', from - 1) + 1).isBlank()) break;
            out.add(accepted.get(p));
            from = p.open;
        }
        return out;
    }

    /** Opens its paragraph and ends it, a note marker or reference aside: a quoted paragraph. */
    private static boolean fillsItsParagraph(String text, QuoteScanner.Span span) {
        int lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
        return text.substring(lineStart, span.open).isBlank() && endsItsParagraph(text, span);
    }

    /** A turn in talk: the paragraph ends with the words (Baron answered: "I'm the only one so far."). */
    private static boolean endsItsParagraph(String text, QuoteScanner.Span span) {
        int lineEnd = text.indexOf('\n', span.outerEnd());
        return text.substring(span.outerEnd(), lineEnd < 0 ? text.length() : lineEnd).strip().length() <= 8;
    }

    /** A block closed by a name ("– V.I. Lenin") is that person's words. */
    private static Attribution signed(String name) {
        if (LeninNames.isName(name)) {
            return new Attribution(Speakers.LENIN, SpeakerKind.PERSON, 0.95, "block signed " + name, true);
        }
        return new Attribution(surname(name), SpeakerKind.PERSON, 0.9, "block signed " + name, true);
    }

    /** A signed message ("Soldiers!" ran the message. "..." V. Ulyanov (Lenin)) is Lenin's from its first word. */
    private static void propagateSignature(String text, List<CitationLinker.Found> found) {
        for (int i = found.size() - 1; i > 0; i--) {
            CitationLinker.Found signed = found.get(i);
            CitationLinker.Found before = found.get(i - 1);
            if (!signed.attribution.isLenin() || !signed.attribution.note().startsWith("signed")) continue;
            if (before.attribution.kind() == SpeakerKind.DOCUMENT
                    && signed.span.open - before.span.outerEnd() <= SIGNED_MESSAGE_GAP
                    && !text.substring(before.span.outerEnd(), signed.span.open).contains("\n")) {
                before.attribution = new Attribution(Speakers.LENIN, SpeakerKind.PERSON, 0.9,
                        "opens the message signed by Lenin", true);
            }
        }
    }

    private static ExtractedQuotation toQuotation(String text, int ordinal, CitationLinker.Found f, List<ExtractedChapter> chapters) {
        QuoteScanner.Span s = f.span;
        StringBuilder sb = new StringBuilder();
        for (int[] seg : s.segments) {
            if (seg[1] <= seg[0]) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(text, seg[0], seg[1]);
        }
        Attribution a = f.attribution;
        String note = s.forced ? a.note() + "; closing quote mark missing, span cut conservatively" : a.note();
        double confidence = s.forced ? a.confidence() * 0.85 : a.confidence();
        return new ExtractedQuotation(ordinal, sb.toString(), s.contentStart(), s.contentEnd(),
                ChapterSplitter.chapterAt(chapters, s.contentStart()), a.speaker(), a.kind(), confidence, note,
                a.written() ? QuotationKind.WRITTEN : QuotationKind.SPOKEN, f.citation, f.group, a.body());
    }

    /** Paragraph lines, without blank lines and headings (a heading's quote marks are a title's). */
    private static List<QuoteScanner.Line> lines(String text, List<ChapterSplitter.Heading> headings) {
        List<QuoteScanner.Line> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int start = i;
            boolean heading = headings.stream().anyMatch(h -> h.start() <= start && start < h.end());
            if (!text.substring(start, end).isBlank() && !heading) out.add(new QuoteScanner.Line(start, end));
            if (nl < 0) break;
            i = nl + 1;
        }
        return out;
    }

    private static void mark(boolean[] excluded, int from, int to) {
        for (int i = from; i < to && i < excluded.length; i++) excluded[i] = true;
    }

    static String surname(String memoirist) {
        String[] parts = memoirist.trim().split("\\s+");
        return parts[parts.length - 1];
    }
}

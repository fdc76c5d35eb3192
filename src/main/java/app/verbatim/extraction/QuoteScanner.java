package app.verbatim.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.SpeechVerbs;
import app.verbatim.text.Words;

/**
 * Pairs quote marks into spans. Straight marks carry no direction, so each mark is classified
 * by its neighbours; a stack then handles same-style nesting ("... the "respite" and ...").
 */
final class QuoteScanner {

    /** A quoted stretch; multi-paragraph quotations have one segment per paragraph. */
    static final class Span {
        final int open;
        final boolean single;
        final boolean curly;
        /** Set once more when a block quotation takes in the quotations inside it. */
        Span parent;
        int close = -1;
        boolean forced;
        /** A block quotation ("> " lines) rather than words in quote marks. */
        boolean block;
        /** The name closing a block quotation ("– V.I. Lenin"), if any. */
        String signedBy;
        final List<int[]> segments = new ArrayList<>();

        Span(int open, boolean single, boolean curly, Span parent, int contentStart) {
            this.open = open;
            this.single = single;
            this.curly = curly;
            this.parent = parent;
            segments.add(new int[] {contentStart, -1});
        }

        int contentStart() { return segments.get(0)[0]; }
        int contentEnd() { return segments.get(segments.size() - 1)[1]; }
        /** End of the whole span including the closing mark, or the content end when none closed it. */
        int outerEnd() { return close >= 0 ? close + 1 : contentEnd(); }
        boolean multiParagraph() { return segments.size() > 1; }
    }

    record Line(int start, int end) {}

    private static final int NONE = 0, OPEN = 1, CLOSE = 2, AMBIG = 3;
    private static final int SIGNATURE_LOOKAHEAD = 8;
    private static final int SIGNATURE_LINE_MAX = 100;

    private final String t;
    private final List<Line> lines;
    private final List<Span> out = new ArrayList<>();

    private QuoteScanner(String text, List<Line> lines) {
        this.t = text;
        this.lines = lines;
    }

    static List<Span> scan(String text, List<Line> lines) {
        QuoteScanner s = new QuoteScanner(text, lines);
        s.run();
        s.out.sort(Comparator.comparingInt(sp -> sp.open));
        return s.out;
    }

    private void run() {
        Deque<Span> stack = new ArrayDeque<>();
        int li = 0;
        int from = lines.isEmpty() ? 0 : lines.get(0).start();
        while (li < lines.size()) {
            Line line = lines.get(li);
            int restart = scanLine(li, from, stack);
            if (restart >= 0) {
                stack.clear();
                from = restart;
                continue;
            }
            // Single quotes never run across paragraphs, nor do nested doubles.
            Span top = null;
            for (Span sp : stack) {
                if (!sp.single) { top = sp; break; }
            }
            for (Span sp : stack) {
                if (sp.single) abandon(sp);
            }
            stack.clear();
            if (top == null) {
                li++;
                if (li < lines.size()) from = lines.get(li).start();
                continue;
            }
            endSegment(top, line.end());
            int next = continuation(li);
            if (next > li) {
                for (int k = li + 1; k < next; k++) {
                    Line mid = lines.get(k);
                    top.segments.add(new int[] {mid.start(), -1});
                    endSegment(top, mid.end());
                }
                Line cont = lines.get(next);
                int cs = skipSpaces(cont.start(), cont.end());
                if (cs < cont.end() && isDoubleMark(t.charAt(cs)) && next == li + 1) {
                    cs++;
                }
                top.segments.add(new int[] {cs, -1});
                stack.addLast(top);
                li = next;
                from = cs;
                continue;
            }
            // Nobody closed it: keep what is safe and rescan the rest of the paragraph.
            top.forced = true;
            if (top.multiParagraph()) {
                out.add(top);
                li++;
                if (li < lines.size()) from = lines.get(li).start();
            } else {
                int cut = firstSentenceEnd(top.contentStart(), line.end());
                top.segments.get(0)[1] = cut;
                dropChildrenAfter(top, cut);
                out.add(top);
                from = cut;
            }
        }
    }

    /** Returns -1 when the line is done, or a position to rescan from with an empty stack. */
    private int scanLine(int li, int from, Deque<Span> stack) {
        Line line = lines.get(li);
        for (int i = from; i < line.end(); i++) {
            char c = t.charAt(i);
            if (isDoubleMark(c)) {
                int k = classifyDouble(i, line);
                Span openDouble = innermostDouble(stack);
                if (k == OPEN) {
                    if (c == '“' && openDouble != null && openDouble.curly && stack.peekLast() == openDouble
                            && openDouble.parent == null && openDouble.segments.size() == 1) {
                        // Curly text does not nest “ inside “: the earlier one was left unclosed.
                        int cut = Math.min(firstSentenceEnd(openDouble.contentStart(), i), trimBack(i));
                        openDouble.segments.get(0)[1] = cut;
                        openDouble.forced = true;
                        dropChildrenAfter(openDouble, cut);
                        out.add(openDouble);
                        return cut;
                    }
                    push(stack, i, false, c == '“');
                } else if ((k == CLOSE || k == AMBIG) && openDouble != null && strayClose(i, li, openDouble)) {
                    continue; // the words go on: see strayClose
                } else if ((k == CLOSE || k == AMBIG) && openDouble != null) {
                    while (stack.peekLast() != openDouble) abandon(stack.removeLast());
                    stack.removeLast();
                    closeSpan(openDouble, i);
                } else if (k == CLOSE && stack.isEmpty()) {
                    int start = lostOpening(i, Math.max(line.start(), from));
                    // the words stand where their opening mark should have been; the space before them takes its place
                    if (start > 0) closeSpan(new Span(start - 1, false, c == '”', null, start), i);
                }
            } else if (isSingleMark(c)) {
                int k = classifySingle(i, line);
                if (k == OPEN) {
                    push(stack, i, true, c == '‘');
                } else if (k == CLOSE && !stack.isEmpty() && stack.peekLast().single) {
                    closeSpan(stack.removeLast(), i);
                }
            }
        }
        return -1;
    }

    /**
     * A mark nobody closed opened nothing (‘ People's Will," in a line of ‘...’ quotations): what was quoted
     * after it belongs to what held the mark, or stands on its own.
     */
    private void abandon(Span unclosed) {
        for (Span s : out) {
            if (s.parent == unclosed) s.parent = unclosed.parent;
        }
    }

    /** A tag verb and its comma or colon, then a few words with no mark of their own before a closing mark. */
    private static final Pattern TAG_BEFORE_LOST_MARK = Pattern.compile("\\b([a-z]+)[,:]\\s+(?=([^\"“”‘’]{1,60}[.!?,…])$)");

    /**
     * Ilyich shouted, Shame!" — the printer lost the opening mark: a closing mark right after a tag verb and a few
     * words that end like speech opens at those words. Returns where they start, or -1.
     */
    private int lostOpening(int close, int from) {
        if (close - from < 4) return -1;
        Matcher m = TAG_BEFORE_LOST_MARK.matcher(t.substring(from, close));
        int start = -1;
        while (m.find()) {
            if (SpeechVerbs.isTag(m.group(1)) && Words.of(m.group(2)).size() <= MAX_LOST_MARK_WORDS) start = from + m.start(2);
        }
        return start;
    }

    private static final int MAX_LOST_MARK_WORDS = 8;

    /** Words on each side of a stray closing mark: a long quotation, going on at length, not a tag. */
    private static final int STRAY_MIN_WORDS = 12;


    /**
     * "..., move the reliable regiments to the most important points, surround the Alexandrinsky Theatre," occupy the
     * Peter and Paul Fortress, ... etc. / "Of course, ..." — a closing mark after a comma, inside a long quotation
     * begun in this paragraph, followed by the same sentence going on in lower case at length, with no tag and no other
     * mark to the paragraph's end, when the next paragraph opens with a mark as a quotation running over paragraphs
     * does: a printer's stray mark, not the end of the words.
     */
    private boolean strayClose(int close, int li, Span open) {
        Line line = lines.get(li);
        if (t.charAt(close - 1) != ',' || open.segments.size() != 1 || li + 1 >= lines.size()
                || Words.of(t.substring(open.contentStart(), close)).size() < STRAY_MIN_WORDS) {
            return false;
        }
        int after = skipSpaces(close + 1, line.end());
        if (after >= line.end() || !Character.isLowerCase(t.charAt(after))) return false;
        String rest = t.substring(after, line.end());
        if (rest.chars().anyMatch(c -> isDoubleMark((char) c))) return false;
        List<String> words = Words.of(rest);
        // narration opens with a pronoun ("...," he went on) or names its tag early; the quotation's own words do neither
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (words.size() < STRAY_MIN_WORDS || Lexicon.SUBJECT_PRONOUNS.contains(first) || first.equals("it")) return false;
        if (words.subList(0, 6).stream().anyMatch(w -> SpeechVerbs.isTag(w.toLowerCase(Locale.ROOT)))) return false;
        Line next = lines.get(li + 1);
        int opens = skipSpaces(next.start(), next.end());
        return opens < next.end() && isDoubleMark(t.charAt(opens)) && classifyDouble(opens, next) == OPEN;
    }

    private void push(Deque<Span> stack, int at, boolean single, boolean curly) {
        Span parent = stack.isEmpty() ? null : stack.peekLast();
        stack.addLast(new Span(at, single, curly, parent, at + 1));
    }

    private void closeSpan(Span s, int at) {
        s.close = at;
        s.segments.get(s.segments.size() - 1)[1] = at;
        out.add(s);
    }

    private void endSegment(Span s, int lineEnd) {
        s.segments.get(s.segments.size() - 1)[1] = trimBack(lineEnd);
    }

    /** Index of the line where the open quotation goes on, or li when it does not. */
    private int continuation(int li) {
        if (li + 1 >= lines.size()) return li;
        Line next = lines.get(li + 1);
        int cs = skipSpaces(next.start(), next.end());
        if (cs < next.end() && isDoubleMark(t.charAt(cs)) && classifyDouble(cs, next) != CLOSE) {
            return li + 1;
        }
        // A signature block ("V. Ulyanov (Lenin), / Chairman of ...") runs on over short unquoted lines.
        for (int k = li + 1; k < lines.size() && k <= li + SIGNATURE_LOOKAHEAD; k++) {
            Line l = lines.get(k);
            if (l.end() - l.start() > SIGNATURE_LINE_MAX) return li;
            for (int i = l.start(); i < l.end(); i++) {
                if (isDoubleMark(t.charAt(i))) {
                    return classifyDouble(i, l) == OPEN ? li : k;
                }
            }
        }
        return li;
    }

    private void dropChildrenAfter(Span parent, int cut) {
        out.removeIf(s -> s.open >= cut && descends(s, parent));
    }

    private static boolean descends(Span s, Span ancestor) {
        for (Span p = s.parent; p != null; p = p.parent) {
            if (p == ancestor) return true;
        }
        return false;
    }

    private static Span innermostDouble(Deque<Span> stack) {
        var it = stack.descendingIterator();
        while (it.hasNext()) {
            Span s = it.next();
            if (!s.single) return s;
        }
        return null;
    }

    private int classifyDouble(int i, Line line) {
        char c = t.charAt(i);
        boolean prevOpen = i == line.start() || opensBefore(t.charAt(i - 1));
        boolean nextSpace = i + 1 >= line.end() || Character.isWhitespace(t.charAt(i + 1));
        if (c == '“') return !prevOpen && nextSpace ? CLOSE : OPEN;
        if (c == '”') return prevOpen && !nextSpace ? OPEN : CLOSE;
        if (prevOpen && !nextSpace) return OPEN;
        if (!prevOpen) return CLOSE;
        return AMBIG;
    }

    private int classifySingle(int i, Line line) {
        char c = t.charAt(i);
        if (c == '‘') return OPEN;
        boolean prevOpen = i == line.start() || opensBefore(t.charAt(i - 1)) || isDoubleMark(t.charAt(i - 1));
        boolean nextWord = i + 1 < line.end() && (Character.isLetterOrDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '.');
        if (prevOpen && nextWord) return OPEN;
        if (prevOpen) return NONE;
        if (i + 1 < line.end() && Character.isLetter(t.charAt(i + 1))) return NONE; // apostrophe: I've, S.-R.'s
        // "the workers’ struggles": after a plural s and before a lower-case word, a possessive, not a close
        if (t.charAt(i - 1) == 's' && i + 2 < line.end() && t.charAt(i + 1) == ' ' && Character.isLowerCase(t.charAt(i + 2))) {
            return NONE;
        }
        return CLOSE;
    }

    private static boolean opensBefore(char p) {
        return Character.isWhitespace(p) || "([{—–-/“‘".indexOf(p) >= 0;
    }

    static boolean isDoubleMark(char c) { return c == '"' || c == '“' || c == '”'; }

    static boolean isSingleMark(char c) { return c == '\'' || c == '‘' || c == '’'; }

    private int skipSpaces(int i, int end) {
        while (i < end && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }

    private int trimBack(int end) {
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) end--;
        return end;
    }

    /** Conservative end for an unclosed quotation: its first sentence, so narration is not swallowed. */
    private int firstSentenceEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && (i + 1 >= limit || Character.isWhitespace(t.charAt(i + 1)))
                    && i > from + 1) {
                return i + 1;
            }
        }
        return trimBack(limit);
    }
}

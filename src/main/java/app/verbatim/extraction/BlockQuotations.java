package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.MemoirMarkup;

/**
 * Block quotations: a run of consecutive "> " lines is one quotation, as set off by the page. Its words end
 * before what closes the block: the note markers, a reference in parentheses, an "[Author's note]" and the
 * name it is signed with ("– V.I. Lenin"). Quotations in quote marks inside it are nested in it; a block that
 * is itself in quote marks ("> ‘What a dangerous book’, he said to me; ‘with Lenin ...’") is left to them.
 */
final class BlockQuotations {

    /** What may close a block's last line, outside its words. */
    private static final Pattern TAIL = Pattern.compile(
            "(?:\\s*(?:" + MemoirMarkup.NOTE_REFERENCE.pattern() + "|\\([^()]*\\)|\\[[^\\]]*\\bnote\\]))+\\s*$");
    /** "… smith. – V.I. Lenin": a dash and a name (a few capitalised words) closing the block. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s+[–—-]\\s*((?:[A-Z]\\.\\s*){0,3}[A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+){0,3})\\s*$");
    private static final Pattern EDITORIAL = Pattern.compile("\\s*\\[[^\\]]*\\bnote\\].*$");
    /** Quotations in marks covering this share of a block make it a quotation in marks, not a block. */
    private static final double SELF_QUOTED = 0.5;

    private BlockQuotations() {
    }

    /** The spans with a block span added for each run of "> " lines, the spans inside it nested in it. */
    static List<QuoteScanner.Span> wrap(String t, List<QuoteScanner.Span> spans, List<QuoteScanner.Line> lines) {
        List<QuoteScanner.Span> out = new ArrayList<>(spans);
        int i = 0;
        while (i < lines.size()) {
            if (!isBlockLine(t, lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < lines.size() && isBlockLine(t, lines.get(j + 1)) && adjacent(t, lines.get(j), lines.get(j + 1))) {
                j++;
            }
            QuoteScanner.Span block = block(t, lines.subList(i, j + 1));
            if (block != null && !selfQuoted(t, block, spans)) {
                for (QuoteScanner.Span s : spans) {
                    if (s.parent == null && s.open >= block.open && s.open < lines.get(j).end()) s.parent = block;
                }
                out.add(block);
            }
            i = j + 1;
        }
        out.sort(Comparator.comparingInt((QuoteScanner.Span s) -> s.open).thenComparing(s -> !s.block));
        return out;
    }

    /** Nothing but one line break between them: a heading or a blank line ends a block. */
    private static boolean adjacent(String t, QuoteScanner.Line a, QuoteScanner.Line b) {
        String gap = t.substring(a.end(), b.start());
        return gap.isBlank() && gap.indexOf('\n') == gap.lastIndexOf('\n');
    }

    private static boolean isBlockLine(String t, QuoteScanner.Line line) {
        return t.startsWith(MemoirMarkup.BLOCK_QUOTATION, line.start());
    }

    private static QuoteScanner.Span block(String t, List<QuoteScanner.Line> run) {
        QuoteScanner.Line first = run.get(0);
        int contentStart = first.start() + MemoirMarkup.BLOCK_QUOTATION.length();
        QuoteScanner.Span block = new QuoteScanner.Span(first.start(), false, false, null, contentStart);
        block.block = true;
        block.segments.clear();
        String signed = null;
        for (int k = 0; k < run.size(); k++) {
            QuoteScanner.Line line = run.get(k);
            int start = line.start() + MemoirMarkup.BLOCK_QUOTATION.length();
            String words = t.substring(start, line.end());
            Matcher editorial = EDITORIAL.matcher(words);
            if (editorial.find()) words = words.substring(0, editorial.start());
            words = TAIL.matcher(words).replaceFirst("");
            if (k == run.size() - 1) {
                Matcher sig = SIGNATURE.matcher(words);
                if (sig.find()) {
                    signed = sig.group(1).strip();
                    words = words.substring(0, sig.start());
                }
            }
            int end = start + words.stripTrailing().length();
            if (end > start) block.segments.add(new int[] {start, end});
        }
        if (block.segments.isEmpty()) return null;
        block.signedBy = signed;
        return block;
    }

    private static boolean selfQuoted(String t, QuoteScanner.Span block, List<QuoteScanner.Span> spans) {
        int start = block.contentStart();
        if (!QuoteScanner.isDoubleMark(t.charAt(start)) && !QuoteScanner.isSingleMark(t.charAt(start))) return false;
        int covered = 0;
        int total = 0;
        for (int[] seg : block.segments) total += seg[1] - seg[0];
        for (QuoteScanner.Span s : spans) {
            if (s.parent == null && s.open >= block.open && s.open < block.contentEnd()) {
                covered += Math.min(s.outerEnd(), block.contentEnd()) - s.open;
            }
        }
        return covered >= total * SELF_QUOTED;
    }
}

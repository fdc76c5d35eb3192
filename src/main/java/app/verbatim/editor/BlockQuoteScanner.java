package app.verbatim.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.Words;

/** Finds Markdown {@code >} blocks and LaTeX quote/quotation environments. */
final class BlockQuoteScanner {

    private static final Pattern LATEX = Pattern.compile("\\\\(begin|end)\\{(quote|quotation)\\}");

    /** Sorted, non-overlapping block quotations; where Markdown and LaTeX overlap the earlier one wins. */
    List<Candidate> scan(String draft) {
        List<Candidate> markdown = markdown(draft);
        List<Candidate> latex = latex(draft);
        if (latex.isEmpty()) {
            return markdown;
        }
        List<Candidate> all = new ArrayList<>(markdown);
        all.addAll(latex);
        all.sort((a, b) -> Integer.compare(a.outerStart(), b.outerStart()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (kept.isEmpty() || kept.get(kept.size() - 1).outerEnd() <= c.outerStart()) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** One line of a block: where its text runs once the markers are stripped. */
    private record Line(int lineStart, int textStart, int textEnd, int lineEnd) {
    }

    private static List<Candidate> markdown(String draft) {
        List<Candidate> found = new ArrayList<>();
        List<Line> group = new ArrayList<>();
        int pos = 0;
        int n = draft.length();
        while (pos < n) {
            int lineEnd = draft.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            Line line = quotedLine(draft, pos, lineEnd);
            if (line != null) {
                group.add(line);
            } else if (!group.isEmpty()) {
                addGroup(draft, group, found);
                group.clear();
            }
            pos = lineEnd + 1;
        }
        if (!group.isEmpty()) {
            addGroup(draft, group, found);
        }
        return found;
    }

    /** A line whose first non-blank character (after at most three spaces, as in Markdown) is {@code >}. */
    private static Line quotedLine(String draft, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && draft.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || draft.charAt(i) != '>') {
            return null;
        }
        // nested "> >" markers all belong to the one quotation
        while (i < end && draft.charAt(i) == '>') {
            i++;
            while (i < end && (draft.charAt(i) == ' ' || draft.charAt(i) == '\t')) {
                i++;
            }
        }
        int textEnd = end;
        while (textEnd > i && Words.isSpace(draft.charAt(textEnd - 1))) {
            textEnd--;
        }
        return new Line(start, i, textEnd, end);
    }

    private static void addGroup(String draft, List<Line> group, List<Candidate> found) {
        int first = 0;
        int last = group.size() - 1;
        while (first <= last && isEmpty(group.get(first))) {
            first++;
        }
        // "> — Lenin, Works, Vol. 26" closing a block names the source; it is not part of the quoted words
        while (last >= first && (isEmpty(group.get(last)) || isAttributionLine(draft, group.get(last)))) {
            last--;
        }
        if (first > last) {
            return;
        }
        StringBuilder clean = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Line line = group.get(k);
            if (!isEmpty(line)) {
                clean.append(clean.length() == 0 ? "" : " ").append(draft, line.textStart(), line.textEnd());
            }
        }
        String words = Words.collapseWhitespace(clean.toString());
        if (Words.count(words) == 0) {
            return;
        }
        Line lastLine = group.get(group.size() - 1);
        found.add(new Candidate(group.get(first).textStart(), group.get(last).textEnd(),
                group.get(0).lineStart(), lastLine.lineEnd(), Form.BLOCK, words));
    }

    private static boolean isEmpty(Line line) {
        return line.textStart() >= line.textEnd();
    }

    static boolean isAttributionLine(String draft, Line line) {
        return isAttribution(draft.substring(line.textStart(), line.textEnd()));
    }

    /** A line that opens with a dash (or LaTeX's \hfill before one) introduces the speaker or the source. */
    static boolean isAttribution(String line) {
        String s = line.strip();
        return s.startsWith("—") || s.startsWith("–") || s.startsWith("―") || s.startsWith("--")
                || s.startsWith("\\hfill") || s.startsWith("\\textemdash");
    }

    private static List<Candidate> latex(String draft) {
        List<Candidate> found = new ArrayList<>();
        if (draft.indexOf("\\begin{quot") < 0) {
            return found;
        }
        Deque<int[]> open = new ArrayDeque<>();
        Matcher m = LATEX.matcher(draft);
        while (m.find()) {
            if (m.group(1).equals("begin")) {
                open.push(new int[] {m.start(), m.end()});
            } else if (!open.isEmpty()) {
                int[] begin = open.pop();
                if (open.isEmpty()) { // an environment nested in another belongs to the outer one
                    addLatex(draft, begin[0], begin[1], m.start(), m.end(), found);
                }
            }
        }
        return found;
    }

    private static void addLatex(String draft, int outerStart, int start, int end, int outerEnd, List<Candidate> found) {
        // drop a closing "--- Lenin" or "\hfill Lenin" line, as for Markdown blocks
        int lastBreak = lastNonBlankLineStart(draft, start, end);
        if (lastBreak > start && isAttribution(draft.substring(lastBreak, end))) {
            end = lastBreak;
        }
        while (start < end && Words.isSpace(draft.charAt(start))) {
            start++;
        }
        while (end > start && Words.isSpace(draft.charAt(end - 1))) {
            end--;
        }
        String words = Words.collapseWhitespace(draft.substring(start, end));
        if (Words.count(words) > 0) {
            found.add(new Candidate(start, end, outerStart, outerEnd, Form.BLOCK, words));
        }
    }

    private static int lastNonBlankLineStart(String draft, int start, int end) {
        int e = end;
        while (e > start && Words.isSpace(draft.charAt(e - 1))) {
            e--;
        }
        int nl = draft.lastIndexOf('\n', e - 1);
        return nl < start ? start : nl + 1;
    }
}

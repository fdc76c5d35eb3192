package app.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;

import app.verbatim.text.Sentences;

/**
 * Cuts the memoirist's own text (everything outside quotations, citations and headings) into
 * passages of whole sentences, so narration later passed off as Lenin's words can be matched.
 */
final class NarrationSplitter {

    static final int MAX_CHARS = 400;
    private static final int MIN_WORDS = 3;

    List<Passage> split(String t, boolean[] excluded, List<ExtractedChapter> chapters) {
        List<Passage> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (excluded[i] || t.charAt(i) == '\n') { i++; continue; }
            int j = i;
            while (j < t.length() && !excluded[j] && t.charAt(j) != '\n') j++;
            piece(t, i, j, chapters, out);
            i = j;
        }
        return out;
    }

    /** One unbroken stretch of narration: sentences grouped up to MAX_CHARS. */
    private void piece(String t, int from, int to, List<ExtractedChapter> chapters, List<Passage> out) {
        int start = from;
        int groupStart = -1;
        int groupEnd = -1;
        while (start < to) {
            int end = Sentences.LINE_PARAGRAPHS.endOf(t, start, to);
            if (end <= start) end = to;
            if (groupStart >= 0 && end - groupStart > MAX_CHARS) {
                emit(t, groupStart, groupEnd, chapters, out);
                groupStart = -1;
            }
            if (end - start > MAX_CHARS) {
                longSentence(t, start, end, chapters, out);
            } else {
                if (groupStart < 0) groupStart = start;
                groupEnd = end;
            }
            start = end;
        }
        if (groupStart >= 0) emit(t, groupStart, groupEnd, chapters, out);
    }

    /** A sentence over the limit is cut at clause punctuation, or failing that at a space. */
    private void longSentence(String t, int from, int to, List<ExtractedChapter> chapters, List<Passage> out) {
        int start = from;
        while (to - start > MAX_CHARS) {
            int cut = -1;
            for (int k = start + MAX_CHARS; k > start + MAX_CHARS / 3; k--) {
                char c = t.charAt(k - 1);
                if ((c == ';' || c == ',' || c == '—' || c == ':') && Character.isWhitespace(t.charAt(k))) { cut = k; break; }
            }
            if (cut < 0) {
                cut = t.lastIndexOf(' ', start + MAX_CHARS);
                if (cut <= start) cut = start + MAX_CHARS;
            }
            emit(t, start, cut, chapters, out);
            start = cut;
        }
        emit(t, start, to, chapters, out);
    }

    private void emit(String t, int from, int to, List<ExtractedChapter> chapters, List<Passage> out) {
        while (from < to && (Character.isWhitespace(t.charAt(from)) || ",;:".indexOf(t.charAt(from)) >= 0)) from++;
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) to--;
        if (to <= from) return;
        String text = t.substring(from, to);
        if (QuoteFilter.words(text).size() < MIN_WORDS) return;
        out.add(new Passage(from, to, ChapterSplitter.chapterAt(chapters, from), text));
    }
}

package app.verbatim.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.verbatim.text.Sentences;
import app.verbatim.text.Words;
import app.verbatim.works.data.Stretch;
import app.verbatim.works.data.VolumeData;

/**
 * Cuts a volume into the passages lookup searches. Stretches of one kind run on across page breaks (a
 * sentence Lenin begins on p. 288 ends on p. 289) and are cut at sentence ends into passages of at least
 * {@link #MIN_WORDS} words; a sentence longer than {@link #MAX_WORDS} is cut between words.
 */
final class PassageCutter {

    /** Long enough for the content words of a passage to say what it is about, short enough to place a quotation. */
    static final int MIN_WORDS = 40;
    static final int MAX_WORDS = 120;

    /** A stretch of one kind running across pages, with where each page starts in it. */
    private static final class Run {
        final int id;
        final Stretch.Kind kind;
        final String source;
        final Integer work;
        final int firstPage;
        final StringBuilder text = new StringBuilder();
        final List<int[]> pageStarts = new ArrayList<>(); // {offset, page}
        int lastPage;

        Run(int id, Stretch.Kind kind, String source, Integer work, int page) {
            this.id = id;
            this.kind = kind;
            this.source = source;
            this.work = work;
            this.firstPage = page;
            this.lastPage = page;
        }

        void append(String part, int page) {
            if (page != lastPage) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                pageStarts.add(new int[] {text.length(), page});
                lastPage = page;
            }
            text.append(part);
        }

        int pageAt(int offset) {
            int page = firstPage;
            for (int[] start : pageStarts) {
                if (offset >= start[0]) {
                    page = start[1];
                }
            }
            return page;
        }
    }

    List<CutPassage> cut(VolumeData volume) {
        List<Run> runs = runs(volume);
        List<CutPassage> passages = new ArrayList<>();
        for (Run run : runs) {
            cut(run, passages);
        }
        return passages;
    }

    private static List<Run> runs(VolumeData volume) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        int previousPage = Integer.MIN_VALUE;
        for (VolumeData.Page page : volume.pages()) {
            Integer work = workAt(volume.works(), page.page());
            for (Stretch s : page.stretches()) {
                String part = page.text().substring(s.start(), s.end());
                if (part.isBlank()) {
                    continue;
                }
                boolean continues = current != null && current.kind == s.kind() && Objects.equals(current.source, s.source())
                        && Objects.equals(current.work, work) && page.page() - previousPage <= 1;
                if (!continues) {
                    current = new Run(runs.size(), s.kind(), s.source(), work, page.page());
                    runs.add(current);
                } else if (page.page() == current.lastPage) {
                    current.text.append('\n');
                }
                current.append(part.strip(), page.page());
                previousPage = page.page();
            }
        }
        return runs;
    }

    /** The work (its ordinal in the volume's list) a page belongs to: the latest one starting at or before it. */
    static Integer workAt(List<VolumeData.Work> works, int page) {
        Integer found = null;
        for (int i = 0; i < works.size(); i++) {
            VolumeData.Work w = works.get(i);
            if (w.firstPage() <= page && page <= w.lastPage()) {
                found = i;
            }
        }
        return found;
    }

    private static void cut(Run run, List<CutPassage> out) {
        String text = run.text.toString();
        int start = skipSpace(text, 0);
        int pos = start;
        int words = 0;
        while (pos < text.length()) {
            int end = Sentences.LINE_PARAGRAPHS.endOf(text, pos, text.length());
            if (end <= pos) {
                end = Math.min(text.length(), pos + 1);
            }
            int sentenceWords = Words.count(text, pos, end);
            if (sentenceWords > MAX_WORDS) {
                if (words > 0) {
                    emit(run, text, start, pos, out);
                }
                end = cutLongSentence(run, text, pos, end, out);
                start = skipSpace(text, end);
                pos = start;
                words = 0;
                continue;
            }
            words += sentenceWords;
            pos = skipSpace(text, end);
            if (words >= MIN_WORDS) {
                emit(run, text, start, end, out);
                start = pos;
                words = 0;
            }
        }
        if (start < text.length() && Words.count(text, start, text.length()) > 0) {
            emit(run, text, start, text.length(), out);
        }
    }

    /** Cuts [from, to) into pieces of about MIN_WORDS words between words; returns where the last piece ended. */
    private static int cutLongSentence(Run run, String text, int from, int to, List<CutPassage> out) {
        int start = from;
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !inWord) {
                words++;
                if (words > MIN_WORDS * 3 / 2 && to - i > 0) {
                    emit(run, text, start, i, out);
                    start = i;
                    words = 1;
                }
            }
            inWord = word;
        }
        emit(run, text, start, to, out);
        return to;
    }

    private static void emit(Run run, String text, int from, int to, List<CutPassage> out) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to <= from) {
            return;
        }
        String body = text.substring(from, to);
        int firstPage = run.pageAt(from);
        List<Integer> starts = new ArrayList<>();
        for (int[] ps : run.pageStarts) {
            if (ps[0] > from && ps[0] < to) {
                starts.add(ps[0] - from);
            }
        }
        out.add(new CutPassage(out.size(), run.id, run.kind, run.source, run.work, firstPage,
                starts.stream().mapToInt(Integer::intValue).toArray(), body, Words.count(body)));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

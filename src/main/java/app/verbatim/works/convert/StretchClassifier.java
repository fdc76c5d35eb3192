package app.verbatim.works.convert;

import app.verbatim.works.data.Stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whose words each part of a page is. In the editors' sections everything is theirs; in a work,
 * text in the body size is Lenin's, text set smaller inside the text block is a quotation, the 8 pt source
 * lines and footnotes signed "—Ed." are the editors'. A quotation run into Lenin's own sentence counts as
 * quoted only when it is long and the words leading into it name or imply its author ("Kautsky writes:");
 * scare quotes and quoted phrases stay Lenin's. One classifier reads a whole volume in page order, because
 * a quotation or the sentence introducing it may sit on the previous page.
 */
final class StretchClassifier {

    private static final Pattern EDITORS_NOTE = Pattern.compile("(?s).*[—–-]\\s?(?:Ed|Tr)\\.\\s*\\)?\\s*$");
    private static final Pattern INTRODUCES = Pattern.compile("(?s).*(?:[:,]|\\bthat)\\s*$");
    /** "“... chiefly,” Kautsky writes, “..." — an attribution between two parts of one quotation. */
    private static final Pattern BETWEEN_PARTS = Pattern.compile("^[\\s,]*([^“”.;!?]{2,60}?)[,:]\\s*$");
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "(?i)\\b(published|written|signed|printed|reprinted|according to|dictated|delivered|manuscript|reduced|enlarged|photostat|facsimile|first page of|last page of|cover of|title page)\\b");
    private static final int MIN_WORDS = 8;
    private static final int MIN_CHARS = 50;

    /** The tail of Lenin's last paragraph: what leads into a quotation set in small type. */
    private String lead = "";
    private boolean previousWasQuote;
    private String quoteSource;
    private boolean inlineOpen;
    private String inlineSource;

    /** One page's text and its stretches. */
    record PageText(String text, List<Stretch> stretches) {
    }

    PageText classify(List<Paragraph> paragraphs, boolean editorial) {
        StringBuilder text = new StringBuilder();
        List<Stretch> stretches = new ArrayList<>();
        int lastBody = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).role() == Paragraph.Role.BODY) {
                lastBody = i;
            }
        }
        boolean[] sourceNote = sourceNotes(paragraphs);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (text.length() > 0) {
                text.append('\n');
                extendLast(stretches, text.length());
            }
            int base = text.length();
            text.append(p.text());
            for (Stretch s : parts(p, editorial || sourceNote[i], i == lastBody)) {
                add(stretches, new Stretch(base + s.start(), base + s.end(), s.kind(), s.source()));
            }
        }
        return new PageText(text.toString(), stretches);
    }

    private List<Stretch> parts(Paragraph p, boolean editorial, boolean lastBodyOnPage) {
        int len = p.text().length();
        if (editorial) {
            return List.of(new Stretch(0, len, Stretch.Kind.EDITORIAL, null));
        }
        switch (p.role()) {
            case SOURCE:
                // Small type that is no source note: Lenin's tables and figures, set in 8 pt to fit.
                return List.of(new Stretch(0, len, Stretch.Kind.LENIN, null));
            case FOOTNOTE:
                return List.of(new Stretch(0, len, EDITORS_NOTE.matcher(p.text()).matches() ? Stretch.Kind.EDITORIAL : Stretch.Kind.LENIN, null));
            case HEADING:
                lead = "";
                previousWasQuote = false;
                inlineOpen = false;
                return List.of(new Stretch(0, len, Stretch.Kind.LENIN, null));
            case SMALL:
                if (!previousWasQuote) {
                    quoteSource = lead.strip().endsWith(":") ? QuoteAttribution.of(lead).filter(s -> !s.isBlank()).orElse(null) : null;
                    if (quoteSource == null) {
                        quoteSource = namedInside(p.text());
                    }
                }
                previousWasQuote = true;
                return List.of(new Stretch(0, len, Stretch.Kind.QUOTED, quoteSource));
            default:
                List<Stretch> parts = inline(p.text(), lastBodyOnPage);
                previousWasQuote = false;
                lead = p.text();
                return parts;
        }
    }

    /**
     * Which small-type paragraphs are the editors' notes on a work's source ("Pravda No. 181 ... / Published
     * according to the Pravda text", "Written in ... / First published ..."): a run of them in which one says so.
     */
    private static boolean[] sourceNotes(List<Paragraph> paragraphs) {
        boolean[] notes = new boolean[paragraphs.size()];
        int i = 0;
        while (i < paragraphs.size()) {
            if (paragraphs.get(i).role() != Paragraph.Role.SOURCE) {
                i++;
                continue;
            }
            int end = i;
            boolean says = false;
            while (end < paragraphs.size() && paragraphs.get(end).role() == Paragraph.Role.SOURCE) {
                says |= SOURCE_NOTE.matcher(paragraphs.get(end).text()).find();
                end++;
            }
            for (int k = i; k < end; k++) {
                notes[k] = says;
            }
            i = end;
        }
        return notes;
    }

    /** Lenin's paragraph with the attributed quotations in it marked. */
    private List<Stretch> inline(String t, boolean lastBodyOnPage) {
        List<Stretch> out = new ArrayList<>();
        int pos = 0;
        if (inlineOpen) {
            int close = t.indexOf('”');
            int end = close < 0 ? t.length() : close + 1;
            out.add(new Stretch(0, end, Stretch.Kind.QUOTED, inlineSource));
            pos = end;
            inlineOpen = close < 0 && lastBodyOnPage;
        }
        List<int[]> spans = new ArrayList<>();
        for (int open = t.indexOf('“', pos); open >= 0; ) {
            int close = t.indexOf('”', open + 1);
            spans.add(new int[] {open, close < 0 ? t.length() : close + 1});
            if (close < 0) {
                break;
            }
            open = t.indexOf('“', close + 1);
        }
        String[] sources = new String[spans.size()];
        boolean[] attributed = new boolean[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            int open = spans.get(k)[0];
            String before = t.substring(k == 0 ? pos : spans.get(k - 1)[1], open);
            boolean atStart = t.substring(0, open).isBlank();
            String leadText = atStart ? lead : t.substring(0, open);
            boolean introduced = atStart ? lead.strip().endsWith(":") : INTRODUCES.matcher(leadText).matches();
            if (introduced) {
                Optional<String> who = QuoteAttribution.of(leadText);
                if (who.isPresent()) {
                    attributed[k] = true;
                    sources[k] = who.get();
                } else if (leadText.strip().endsWith(":") && words(t, spans.get(k)) >= 3 * MIN_WORDS) {
                    // A long quotation after a colon is someone else's even where the lead names no one.
                    attributed[k] = true;
                }
            }
            if (k > 0) {
                Matcher m = BETWEEN_PARTS.matcher(before);
                Optional<String> who = m.matches() ? QuoteAttribution.of(m.group(1)) : Optional.empty();
                if (who.isPresent()) {
                    attributed[k - 1] = attributed[k] = true;
                    sources[k - 1] = sources[k] = who.get();
                }
            }
        }
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            boolean paired = k > 0 && attributed[k - 1] && Objects.equals(sources[k - 1], sources[k])
                    && BETWEEN_PARTS.matcher(t.substring(spans.get(k - 1)[1], span[0])).matches();
            boolean longEnough = words(t, span) >= MIN_WORDS || span[1] - span[0] >= MIN_CHARS || paired;
            if (!attributed[k] || !longEnough) {
                continue;
            }
            if (span[0] > pos) {
                out.add(new Stretch(pos, span[0], Stretch.Kind.LENIN, null));
            }
            String source = sources[k] == null || sources[k].isBlank() ? null : sources[k];
            out.add(new Stretch(span[0], span[1], Stretch.Kind.QUOTED, source));
            pos = span[1];
            if (span[1] == t.length() && t.lastIndexOf('”') < span[0] && lastBodyOnPage) {
                inlineOpen = true;
                inlineSource = source;
            }
        }
        if (pos < t.length()) {
            out.add(new Stretch(pos, t.length(), Stretch.Kind.LENIN, null));
        }
        return out;
    }

    /** "“Having public power ...,” Engels writes, “the officials ..." — the author named between a quotation's first two parts. */
    private static String namedInside(String block) {
        int close = block.indexOf('”');
        if (close < 0 || close > 300) {
            return null;
        }
        int open = block.indexOf('“', close);
        if (open < 0) {
            return null;
        }
        Matcher m = BETWEEN_PARTS.matcher(block.substring(close + 1, open));
        return m.matches() ? QuoteAttribution.of(m.group(1)).filter(s -> !s.isBlank()).orElse(null) : null;
    }

    private static int words(String t, int[] span) {
        String s = t.substring(span[0], span[1]).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static void add(List<Stretch> stretches, Stretch s) {
        if (s.end() <= s.start()) {
            return;
        }
        if (!stretches.isEmpty()) {
            Stretch last = stretches.get(stretches.size() - 1);
            if (last.kind() == s.kind() && Objects.equals(last.source(), s.source()) && last.end() == s.start()) {
                stretches.set(stretches.size() - 1, new Stretch(last.start(), s.end(), s.kind(), s.source()));
                return;
            }
        }
        stretches.add(s);
    }

    /** The line break between paragraphs belongs to the stretch before it, so the stretches stay contiguous. */
    private static void extendLast(List<Stretch> stretches, int end) {
        if (!stretches.isEmpty()) {
            Stretch last = stretches.get(stretches.size() - 1);
            stretches.set(stretches.size() - 1, new Stretch(last.start(), end, last.kind(), last.source()));
        }
    }
}

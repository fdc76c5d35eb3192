package app.verbatim.works.convert;

import app.verbatim.works.data.Stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whose words each part of a page is. In the editors' sections everything is theirs; in a work,
 * text in the body size is Lenin's, text set smaller inside the text block is a quotation, the 8 pt source
 * lines and footnotes signed "—Ed." are the editors'. Inside Lenin's text (and his own footnotes) a run in
 * double quotation marks is a quotation when it holds at least five words, whatever leads into it: the
 * translators put every quotation run into a sentence in marks, and a lookup must not give those words to
 * Lenin. Its author is named where the words leading into it say who it is ("Kautsky writes:"). Shorter runs
 * (scare quotes, terms), titles ("his article “What Is To Be Done?”") and Lenin quoting himself ("as we wrote
 * in 1905:") stay Lenin's. A quotation may run over paragraphs, each reopening with “ and only the last
 * closing, and over pages; one classifier reads a whole volume in page order for that reason, and because
 * the sentence introducing a quotation may sit on the previous page.
 */
final class StretchClassifier {

    private static final Pattern EDITORS_NOTE = Pattern.compile("(?s).*[—–-]\\s?(?:Ed|Tr)\\.\\s*\\)?\\s*$");
    private static final Pattern INTRODUCES = Pattern.compile("(?s).*(?:[:,]|\\bthat)\\s*$");
    /** "“... chiefly,” Kautsky writes, “..." — an attribution between two parts of one quotation. */
    private static final Pattern BETWEEN_PARTS = Pattern.compile("^[\\s,]*([^“”.;!?]{2,60}?)[,:]\\s*$");
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "(?i)\\b(published|written|signed|printed|reprinted|according to|dictated|delivered|manuscript|reduced|enlarged|photostat|facsimile|first page of|last page of|cover of|title page)\\b");
    /** Words right before the marks that say a title follows: "his article “...”", "a pamphlet entitled “...”". */
    private static final Pattern TITLE_CUE = Pattern.compile(
            "(?i)\\b(?:article|articles|pamphlet|pamphlets|book|books|booklet|leaflet|leaflets|essay|novel|poem|story|entitled|headed|titled"
            + "|chapter|journal|magazine|newspaper|symposium|collection|manifesto)\\s*[,:]?\\s*$");
    /** A stop inside a run: a title has none, a quoted sentence usually has one. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.;:!?…]\\s+\\S");
    /** An opening mark after a full stop, inside a quotation, reopens it rather than nesting a second one. */
    private static final Pattern BEFORE_REOPENING = Pattern.compile("[.!?…]\\s+$");
    /** Words a title leaves in small letters. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
            "nor", "of", "on", "or", "the", "to", "with", "versus", "vs", "via", "upon", "over", "against",
            "de", "la", "le", "der", "die", "das", "und", "von", "zur", "zum");
    private static final int MIN_WORDS = 8;
    private static final int MIN_CHARS = 50;
    /** A run in quotation marks this long or longer is someone else's words, whatever leads into it. */
    static final int QUOTATION_WORDS = 5;
    /** A title after a cue word ("his article “...”") is at most this long. */
    private static final int TITLE_WORDS = 14;

    /** The tail of Lenin's last paragraph: what leads into a quotation set in small type. */
    private String lead = "";
    private boolean previousWasQuote;
    private String quoteSource;
    /** A quotation run into Lenin's text that the last body paragraph left open, or null. */
    private Open open;

    /** An open quotation: whether it is marked a quotation, its author, and whether a page break followed it. */
    private record Open(boolean quoted, String source, boolean atPageEnd) {
    }

    /** A body paragraph after the current one, as far as a quotation left open may run on into it. */
    private record Following(String text, boolean firstOnNextPage) {
    }

    /** One page's text and its stretches. */
    record PageText(String text, List<Stretch> stretches) {
    }

    PageText classify(List<Paragraph> paragraphs, boolean editorial) {
        return classify(paragraphs, editorial, List.of());
    }

    /**
     * @param nextPage the next page's paragraphs, read only to see how far a quotation left open at the foot
     *                 of this page runs on
     */
    PageText classify(List<Paragraph> paragraphs, boolean editorial, List<Paragraph> nextPage) {
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
            boolean isEditorial = editorial || sourceNote[i];
            List<Following> following = !isEditorial && p.role() == Paragraph.Role.BODY ? following(paragraphs, i, nextPage) : List.of();
            for (Stretch s : parts(p, isEditorial, i == lastBody, following)) {
                add(stretches, new Stretch(base + s.start(), base + s.end(), s.kind(), s.source()));
            }
        }
        return new PageText(text.toString(), stretches);
    }

    /** The body paragraphs after paragraph {@code i}, up to the first that is no body text, running on to the next page. */
    private static List<Following> following(List<Paragraph> paragraphs, int i, List<Paragraph> nextPage) {
        List<Following> out = new ArrayList<>();
        for (int k = i + 1; k < paragraphs.size(); k++) {
            Paragraph.Role role = paragraphs.get(k).role();
            if (role == Paragraph.Role.FOOTNOTE) {
                continue;
            }
            if (role != Paragraph.Role.BODY) {
                return out;
            }
            out.add(new Following(paragraphs.get(k).text(), false));
        }
        boolean first = true;
        for (Paragraph p : nextPage) {
            if (p.role() != Paragraph.Role.BODY) {
                break;
            }
            out.add(new Following(p.text(), first));
            first = false;
        }
        return out;
    }

    private List<Stretch> parts(Paragraph p, boolean editorial, boolean lastBodyOnPage, List<Following> following) {
        int len = p.text().length();
        if (editorial) {
            return List.of(new Stretch(0, len, Stretch.Kind.EDITORIAL, null));
        }
        switch (p.role()) {
            case SOURCE:
                // Small type that is no source note: Lenin's tables and figures, set in 8 pt to fit.
                return List.of(new Stretch(0, len, Stretch.Kind.LENIN, null));
            case FOOTNOTE:
                if (EDITORS_NOTE.matcher(p.text()).matches()) {
                    return List.of(new Stretch(0, len, Stretch.Kind.EDITORIAL, null));
                }
                // Lenin's own note: its quotations are marked; the note leaves the running text's state alone.
                return footnote(p.text());
            case HEADING:
                lead = "";
                previousWasQuote = false;
                open = null;
                return List.of(new Stretch(0, len, Stretch.Kind.LENIN, null));
            case SMALL:
                if (!previousWasQuote) {
                    quoteSource = lead.strip().endsWith(":") ? QuoteAttribution.of(lead).filter(s -> !s.isBlank()).orElse(null) : null;
                    if (quoteSource == null) {
                        quoteSource = namedInside(p.text());
                    }
                }
                previousWasQuote = true;
                open = null;
                return List.of(new Stretch(0, len, Stretch.Kind.QUOTED, quoteSource));
            default:
                List<Stretch> parts = inline(p.text(), lastBodyOnPage, following);
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

    /** Lenin's paragraph with the quotations run into it marked. */
    private List<Stretch> inline(String t, boolean lastBodyOnPage, List<Following> following) {
        List<Stretch> out = new ArrayList<>();
        int pos = 0;
        if (open != null) {
            // A quotation left open runs on over a page break, or into a paragraph that reopens with “.
            int first = firstNonSpace(t);
            boolean reopens = first < t.length() && t.charAt(first) == '“';
            if (open.atPageEnd() || reopens) {
                int close = closing(t, reopens ? first + 1 : 0);
                int end = close < 0 ? t.length() : close + 1;
                out.add(new Stretch(0, end, open.quoted() ? Stretch.Kind.QUOTED : Stretch.Kind.LENIN, open.quoted() ? open.source() : null));
                pos = end;
                open = close < 0 ? new Open(open.quoted(), open.source(), lastBodyOnPage) : null;
                if (open != null) {
                    return out;
                }
            } else {
                open = null;
            }
        }
        List<int[]> spans = spans(t, pos);
        int n = spans.size();
        String[] sources = new String[n];
        boolean[] attributed = new boolean[n];
        boolean[] self = new boolean[n];
        for (int k = 0; k < n; k++) {
            int at = spans.get(k)[0];
            String before = t.substring(k == 0 ? pos : spans.get(k - 1)[1], at);
            boolean atStart = t.substring(0, at).isBlank();
            String leadText = atStart ? lead : t.substring(0, at);
            boolean introduced = atStart ? lead.strip().endsWith(":") : INTRODUCES.matcher(leadText).matches();
            if (introduced || !atStart) {
                self[k] = QuoteAttribution.bySelf(leadText);
            }
            if (introduced) {
                Optional<String> who = QuoteAttribution.of(leadText);
                if (who.isPresent()) {
                    attributed[k] = true;
                    sources[k] = who.get();
                } else if (leadText.strip().endsWith(":") && words(t, spans.get(k)) >= 3 * MIN_WORDS) {
                    // A long quotation after a colon is someone else's even where the lead names no one.
                    attributed[k] = true;
                }
            } else if (!atStart) {
                // Not introduced as a quotation, but the clause running into it may still say whose words they are.
                sources[k] = QuoteAttribution.of(leadText).orElse(null);
            }
            if (k > 0) {
                Matcher m = BETWEEN_PARTS.matcher(before);
                // "“...,” he says, “..." runs one sentence on; "“...!” And we say in reply, “..." starts another.
                int[] previous = spans.get(k - 1);
                boolean oneSentence = previous[2] == 1 && previous[1] >= 2 && t.charAt(previous[1] - 2) == ',';
                if (m.matches()) {
                    Optional<String> who = QuoteAttribution.of(m.group(1));
                    if (oneSentence && QuoteAttribution.bySelf(m.group(1))) {
                        self[k - 1] = self[k] = true;
                    } else if (who.isPresent()) {
                        attributed[k - 1] = attributed[k] = true;
                        sources[k - 1] = sources[k] = who.get();
                    } else if (oneSentence && QuoteAttribution.pronounSays(m.group(1))) {
                        // "“Yes,” he says, “..." — the same author as the part before.
                        attributed[k - 1] = attributed[k] = true;
                        sources[k] = sources[k - 1];
                    }
                }
            }
        }
        for (int k = 0; k < n; k++) {
            int[] span = spans.get(k);
            boolean unclosed = span[2] == 0;
            boolean paired = k > 0 && attributed[k - 1] && Objects.equals(sources[k - 1], sources[k])
                    && BETWEEN_PARTS.matcher(t.substring(spans.get(k - 1)[1], span[0])).matches();
            boolean longEnough = words(t, span) >= MIN_WORDS || span[1] - span[0] >= MIN_CHARS || paired;
            int quotationWords = unclosed ? wordsRunningOn(t.substring(span[0]), following, lastBodyOnPage) : words(t, span);
            boolean quoted = !self[k] && !QuoteAttribution.isLenin(sources[k])
                    && (attributed[k] && longEnough
                        || quotationWords >= QUOTATION_WORDS && !looksLikeTitle(t.substring(span[0], span[1]), t.substring(0, span[0])));
            String source = sources[k] == null || sources[k].isBlank() ? null : sources[k];
            if (quoted) {
                if (span[0] > pos) {
                    out.add(new Stretch(pos, span[0], Stretch.Kind.LENIN, null));
                }
                out.add(new Stretch(span[0], span[1], Stretch.Kind.QUOTED, source));
                pos = span[1];
            }
            if (unclosed) {
                open = new Open(quoted, source, lastBodyOnPage);
            }
        }
        if (pos < t.length()) {
            out.add(new Stretch(pos, t.length(), Stretch.Kind.LENIN, null));
        }
        return out;
    }

    /** Lenin's footnote with the quotations in it marked; a footnote is read on its own. */
    private static List<Stretch> footnote(String t) {
        List<Stretch> out = new ArrayList<>();
        int pos = 0;
        for (int[] span : spans(t, 0)) {
            String leadText = t.substring(0, span[0]);
            Optional<String> who = QuoteAttribution.of(leadText);
            boolean quoted = words(t, span) >= QUOTATION_WORDS && !looksLikeTitle(t.substring(span[0], span[1]), leadText)
                    && !QuoteAttribution.bySelf(leadText) && !QuoteAttribution.isLenin(who.orElse(null));
            if (!quoted) {
                continue;
            }
            if (span[0] > pos) {
                out.add(new Stretch(pos, span[0], Stretch.Kind.LENIN, null));
            }
            out.add(new Stretch(span[0], span[1], Stretch.Kind.QUOTED, who.filter(s -> !s.isBlank()).orElse(null)));
            pos = span[1];
        }
        if (pos < t.length()) {
            out.add(new Stretch(pos, t.length(), Stretch.Kind.LENIN, null));
        }
        return out;
    }

    /**
     * The runs in quotation marks from {@code from} on, as {start, end, 1 if closed else 0}. Marks inside a run
     * nest (Lenin's "[the famous Shchedrin “but”!]" inside a quotation), except an opening mark after a full
     * stop, which reopens a quotation whose paragraphs the layout ran together. A run never closed ends with
     * the paragraph.
     */
    private static List<int[]> spans(String t, int from) {
        List<int[]> spans = new ArrayList<>();
        for (int at = t.indexOf('“', from); at >= 0; ) {
            int close = closing(t, at + 1);
            spans.add(new int[] {at, close < 0 ? t.length() : close + 1, close < 0 ? 0 : 1});
            if (close < 0) {
                break;
            }
            at = t.indexOf('“', close + 1);
        }
        return spans;
    }

    /** Where the quotation open at {@code from} closes, or -1. */
    private static int closing(String t, int from) {
        int depth = 1;
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '”') {
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '“' && !BEFORE_REOPENING.matcher(t.substring(Math.max(from, i - 3), i)).find()) {
                depth++;
            }
        }
        return -1;
    }

    /** The words of a quotation left open at the end of a paragraph, with the parts it runs on into (enough to tell it from a scare quote). */
    private static int wordsRunningOn(String part, List<Following> following, boolean lastBodyOnPage) {
        int n = words(part);
        for (Following f : following) {
            if (n >= QUOTATION_WORDS) {
                break;
            }
            String t = f.text();
            int first = firstNonSpace(t);
            boolean reopens = first < t.length() && t.charAt(first) == '“';
            if (!reopens && !(f.firstOnNextPage() && lastBodyOnPage)) {
                break;
            }
            int close = closing(t, reopens ? first + 1 : 0);
            n += words(close < 0 ? t : t.substring(0, close + 1));
            if (close >= 0) {
                break;
            }
        }
        return n;
    }

    /**
     * A title, not a quotation: every word capitalised but the small ones ("What Is To Be Done?", "The Tasks of
     * the Proletariat in Our Revolution"), or a short run opening with a capital and with no stop inside
     * right after "article", "pamphlet", "entitled" and the like ("his article “How the Socialist-Revolutionaries
     * sum up the revolution”").
     */
    static boolean looksLikeTitle(String run, String before) {
        String inner = run.replaceAll("^\\s*“|”\\s*$", "").strip();
        List<String> words = new ArrayList<>();
        for (String token : inner.split("\\s+")) {
            String w = token.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (!w.isEmpty() && w.chars().anyMatch(Character::isLetter)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        boolean titleCase = true;
        for (String w : words) {
            titleCase &= Character.isUpperCase(w.codePointAt(0)) || TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        if (titleCase && Character.isUpperCase(words.get(0).codePointAt(0))) {
            return true;
        }
        String stripped = inner.replaceAll("[.!?…,]+$", "");
        // A title opens with a capital; "the programme of the Communist Manifesto “has in some details become out-of-date”" is no title.
        return Character.isUpperCase(words.get(0).codePointAt(0)) && TITLE_CUE.matcher(before).find() && words.size() <= TITLE_WORDS
                && !SENTENCE_INSIDE.matcher(stripped).find();
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

    private static int firstNonSpace(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int words(String t, int[] span) {
        return words(t.substring(span[0], span[1]));
    }

    /** Words: runs between spaces with a letter or a digit in them ("...", "—" are none). */
    private static int words(String s) {
        int n = 0;
        for (String token : s.strip().split("\\s+")) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
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

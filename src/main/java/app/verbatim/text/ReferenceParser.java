package app.verbatim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of references, in the text and in notes: "(Works, Vol. 26, pp. 263-67.)", "(Ibid., p. 282.)",
 * "(Lenin Miscellany, XXIV, p. 44)", "V.I. Lenin, The Dual Power, Collected Works, Volume 24, Moscow 1964, p39.",
 * "Op. cit., p. 68."; and the "(My italics.–N.K.)" notes that stand between words and their reference.
 * "Ibid." and "Op. cit." take source, volume and author from the reference before, whatever its source.
 */
public final class ReferenceParser {

    // [^()] spans newlines on purpose: one citation in the seeds is broken over two lines.
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]{2,240})\\)");
    private static final Pattern ITALICS = Pattern.compile("\\(\\s*(?:My italics|Italics mine|Emphasis mine)[^()]{0,40}\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IBID = Pattern.compile("^(?:Cf\\.\\s*)?(?:Ibid\\b\\.?|Op\\.\\s*cit\\b\\.?)");
    private static final Pattern WORKS = Pattern.compile("\\b(?:Collected\\s+|Complete\\s+)?Works\\b");
    private static final Pattern SELECTED = Pattern.compile("\\bSelected\\s+Works\\b");
    private static final Pattern MISCELLANY = Pattern.compile("\\b(?:Lenin\\s+)?Miscellany\\b|\\bLeninsky\\s+Sbornik\\b");
    private static final Pattern VOLUME = Pattern.compile("\\b(?:Vols?|Volume|Tome|Bd)\\.?\\s*(\\d{1,3}|[IVXLC]{1,7})\\b");
    /** "Lenin Miscellany, XXIV, p. 44" or "Works, 26, p. 5": a bare volume number right after the source. */
    private static final Pattern BARE_VOLUME = Pattern.compile(",\\s*(\\d{1,2}|[IVXLC]{1,7})\\s*,\\s*pp?\\.?\\s*\\d");
    private static final Pattern PAGES = Pattern.compile("\\bpp?\\.?\\s*(?=\\d)([0-9][0-9\\s,\\-–—]*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:[-–—]\\s*(\\d+))?");
    private static final Pattern EDITION = Pattern.compile(
            "\\b\\d{1,2}(?:st|nd|rd|th)\\s+(?:[A-Z][a-z]+\\s+)?ed(?:ition|n)?\\b\\.?|\\b(?:[A-Z][a-z]+\\s+){1,2}(?:1[89]\\d\\d|20\\d\\d)\\b");
    /** "Bulletin communiste, July 22, 1920": a publication and a date, read only right after quoted words. */
    private static final Pattern DATED = Pattern.compile(
            "^\\s*([A-Z][\\p{L}’'.-]*(?:\\s+[\\p{L}’'.-]+){0,4}),\\s*(?:\\d{1,2}\\s+)?[A-Z][a-z]+\\.?\\s*(?:\\d{1,2},?\\s*)?\\d{4}\\s*\\.?\\s*$");
    private static final Pattern AUTHOR = Pattern.compile("^(?:Cf\\.\\s*)?((?:[A-Z]\\.\\s*){1,3}[A-Z][\\p{L}-]+|[A-Z][\\p{L}-]+),\\s");

    /** Words a reference may open with, before a comma, that name no author. */
    private static final Pattern NOT_AUTHOR = Pattern.compile("(?:Ibid|Op|Cf|Works|Collected|Selected|Complete|Vol|Volume|Pravda)\\b.*");
    private static final Pattern COMMA = Pattern.compile(",\\s*");

    public record Span(int start, int end) {}

    /** A note opening with a clause of prose (lower-case words before its first comma) is a comment. */
    private static final Pattern PROSE_OPENING = Pattern.compile("[A-Z][\\p{L}’'-]*(?:\\s+[\\p{L}’'.-]+)*?\\s+[a-z]{3,}[\\p{L}’'-]*[^,]*,");

    /** References printed in parentheses in the text, in order; "Ibid." resolved against the one before. */
    public List<Reference> parse(String text) {
        List<Reference> out = new ArrayList<>();
        Reference last = null;
        Matcher m = PARENTHETICAL.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            Reference r = read(inner, m.group(), m.start(), m.end(), last);
            if (r == null && afterQuotedWords(text, m.start())) {
                r = dated(inner, m.group(), m.start(), m.end());
            }
            if (r != null) {
                out.add(r);
                last = r;
            }
        }
        return out;
    }

    /**
     * A note's reference: its bibliographic part only ("V.I. Lenin, ..., p. 238." without the comment after it),
     * or null when the note cites nothing (a biographical or explanatory note). {@code previous}: the reference
     * of the note before, which "Op. cit." and "Ibid." repeat.
     */
    public Reference note(String note, int start, Reference previous) {
        String body = note.strip();
        if (!IBID.matcher(body).find() && PROSE_OPENING.matcher(body).lookingAt()) {
            return null; // "Polemicising against Martov, Lenin was to write ...": an author's note, not a source
        }
        String raw = bibliographic(body);
        Reference r = read(raw, raw, start, start + raw.length(), previous);
        if (r == null && DATED.matcher(raw).matches()) {
            r = dated(raw, raw, start, start + raw.length());
        }
        return r;
    }

    public List<Span> italicNotes(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = ITALICS.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /** Reads one reference's text; null when it is no reference (a date, an aside, "My italics"). */
    private static Reference read(String inner, String raw, int start, int end, Reference previous) {
        String s = inner.strip();
        boolean ibid = IBID.matcher(s).find();
        List<PageRange> pages = pages(s);
        Integer volume = volume(s);
        if (!ibid && volume == null && pages.isEmpty()) {
            return null; // "(Works of fiction)", "(1870-1924)": a reference gives a volume or pages
        }
        String source = source(s);
        String named = explicitAuthor(s);
        String author = author(named, source);
        String edition = edition(s);
        String title = named == null ? null : title(s);
        if (ibid) {
            if (previous != null) {
                source = source != null ? source : previous.source();
                volume = volume != null ? volume : previous.volume();
                author = author != null ? author : previous.author();
                edition = edition != null ? edition : previous.edition();
                title = title != null ? title : previous.title();
                pages = pages.isEmpty() ? previous.pages() : pages;
            }
        } else if (source == null && s.startsWith("Vol")) {
            source = Reference.WORKS; // "(Vol. 26, p. 255)": a volume alone, in a memoir of Lenin, is his Works
            author = Speakers.LENIN;
        } else if (source == null) {
            source = title; // "L.D. Trotsky, Lenin, New York 1971, pp. 68-9": the book named
            if (source == null) {
                return null;
            }
        }
        return new Reference(raw, start, end, source, volume, pages, edition, author, title, ibid);
    }

    /** The work an author's reference names: the part after the author. */
    private static String title(String s) {
        String[] parts = COMMA.split(s);
        return parts.length > 2 ? parts[1].strip() : null;
    }

    /** The publication named first, when quoted words are followed by "(Bulletin communiste, July 22, 1920)". */
    private static Reference dated(String inner, String raw, int start, int end) {
        Matcher d = DATED.matcher(inner);
        if (!d.matches() || LeninNames.isName(d.group(1)) || d.group(1).matches("(?i)(?:my|italics|emphasis).*")) {
            return null;
        }
        return new Reference(raw, start, end, d.group(1).strip(), null, List.of(), null, null, null, false);
    }

    private static String source(String s) {
        if (SELECTED.matcher(s).find()) {
            return "Selected Works";
        }
        if (MISCELLANY.matcher(s).find()) {
            return "Lenin Miscellany";
        }
        if (WORKS.matcher(s).find()) {
            return Reference.WORKS;
        }
        return null;
    }

    /**
     * Whose writings: the name the reference opens with ("V.I. Lenin, ...", "L.D. Trotsky, ..."); without one, a
     * collection of Lenin's writings (Works, Miscellany) is his.
     */
    private static String author(String name, String source) {
        if (name != null) {
            return LeninNames.isName(name) ? Speakers.LENIN : name;
        }
        return source != null ? Speakers.LENIN : null;
    }

    /** The name a reference opens with: "V.I. Lenin, ...", "Cf. L.D. Trotsky, ...". */
    private static String explicitAuthor(String s) {
        Matcher a = AUTHOR.matcher(s);
        if (a.find() && !NOT_AUTHOR.matcher(a.group(1)).matches()) {
            return a.group(1);
        }
        return null;
    }

    private static Integer volume(String s) {
        Matcher v = VOLUME.matcher(s);
        if (v.find()) {
            return number(v.group(1));
        }
        Matcher b = BARE_VOLUME.matcher(s);
        return b.find() ? number(b.group(1)) : null;
    }

    private static String edition(String s) {
        List<String> parts = new ArrayList<>();
        Matcher e = EDITION.matcher(s);
        while (e.find()) {
            // "Moscow 1977" is an edition; "March 1918", "April 1917" date the work
            if (!MONTHS.contains(e.group().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                parts.add(e.group().strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "mid-july", "spring", "summer", "autumn",
            "winter", "pravda");

    /** A note's reference ends with its (first) pages; what follows them is the editors' comment. */
    private static String bibliographic(String note) {
        Matcher p = PAGES.matcher(note);
        if (!p.find()) {
            return note.substring(0, Sentences.LINE_PARAGRAPHS.endOf(note, 0)).strip();
        }
        String head = note.substring(0, p.end(1)).replaceAll("[\\s,\\-–—]+$", "");
        return head.length() < note.length() && note.charAt(head.length()) == '.' ? head + "." : head;
    }

    private static boolean afterQuotedWords(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i >= 0 && "’”\"'».!?…".indexOf(text.charAt(i)) >= 0;
    }

    public static List<PageRange> pages(String raw) {
        List<PageRange> out = new ArrayList<>();
        Matcher p = PAGES.matcher(raw);
        if (!p.find()) {
            return out;
        }
        Matcher r = RANGE.matcher(p.group(1));
        while (r.find()) {
            int first = Integer.parseInt(r.group(1));
            int last = r.group(2) == null ? first : expand(r.group(1), r.group(2));
            out.add(new PageRange(first, last));
        }
        return out;
    }

    /** 263-67 means 263..267 and 1021-3 means 1021..1023: the short tail replaces the low digits. */
    static int expand(String first, String tail) {
        if (tail.length() >= first.length()) {
            return Integer.parseInt(tail);
        }
        String full = first.substring(0, first.length() - tail.length()) + tail;
        int last = Integer.parseInt(full);
        return last < Integer.parseInt(first) ? Integer.parseInt(tail) : last;
    }

    /** "26" or "XXIV". */
    static Integer number(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return Integer.valueOf(token);
        }
        int total = 0;
        int prev = 0;
        for (int i = token.length() - 1; i >= 0; i--) {
            int v = switch (token.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
